package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.StackCapture;
import io.lockwatch.agent.runtime.tests.RunningTests;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The unguarded fields: the first race seen on each field (or on each array, named by what holds
 * it, with the element's index), with both accesses, by name.
 */
final class RaceSection {
  private RaceSection() {}

  static List<UnguardedField> of(AgentContext context) {
    List<UnguardedField> result = new ArrayList<>();
    for (RaceRecords.Race race : context.races().all()) {
      FieldRegistry.FieldInfo field = context.fields().get(race.field());
      UnguardedField.FieldAccess earlier = access(context, race.earlier());
      UnguardedField.FieldAccess later = access(context, race.later());
      result.add(
          new UnguardedField(
              Fingerprints.race(field.qualifiedName()),
              race.observed() ? "high" : "medium",
              field.qualifiedName(),
              race.observed(),
              List.of(earlier, later),
              tests(context, race),
              race.index() < 0
                  ? null
                  : new UnguardedField.ArrayElement(race.index(), arrayType(race)),
              race.observed() ? null : prediction(race)));
    }
    result.sort(Comparator.comparing(UnguardedField::field));
    return result;
  }

  /**
   * The tests of both accesses' threads, the earlier's first, each once; null when neither ran one.
   */
  private static List<String> tests(AgentContext context, RaceRecords.Race race) {
    Set<String> tests = new LinkedHashSet<>();
    if (race.earlierTest() != null) {
      tests.add(race.earlierTest());
    }
    RunningTests.Acting acting = context.tests().acting(race.laterActing());
    if (acting != null) {
      tests.add(acting.test());
    }
    return tests.isEmpty() ? null : List.copyOf(tests);
  }

  /** Why a predicted race is predicted (WCP: see runtime.hb.WcpOrder). */
  private static UnguardedField.Prediction prediction(RaceRecords.Race race) {
    LockNode lock = race.orderedBy();
    String orderedBy = lock == null ? null : LockReportText.names(new LockNode[] {lock}).get(0);
    String through =
        orderedBy == null
            ? "only through locks"
            : "only because '"
                + race.later().thread()
                + "' acquired "
                + orderedBy
                + " after '"
                + race.earlier().thread()
                + "' released it";
    return new UnguardedField.Prediction(
        orderedBy,
        "this run ordered the two accesses "
            + through
            + ", and no critical sections on the way touched a common field with one write: a"
            + " correct reordering of this run (every read sees the same write; start, join,"
            + " volatiles and hand-offs keep their order) runs them side by side");
  }

  /**
   * {@code int[]} for {@code [I}, {@code java.lang.String[][]} for {@code [[Ljava.lang.String;}.
   */
  private static String arrayType(RaceRecords.Race race) {
    String type = race.objectType();
    if (type == null || !type.startsWith("[")) {
      return String.valueOf(type);
    }
    int dimensions = type.lastIndexOf('[') + 1;
    String element =
        switch (type.charAt(dimensions)) {
          case 'Z' -> "boolean";
          case 'B' -> "byte";
          case 'C' -> "char";
          case 'S' -> "short";
          case 'I' -> "int";
          case 'J' -> "long";
          case 'F' -> "float";
          case 'D' -> "double";
          default -> type.substring(dimensions + 1, type.length() - 1);
        };
    return element + "[]".repeat(dimensions);
  }

  private static UnguardedField.FieldAccess access(
      AgentContext context, RaceRecords.Access access) {
    SiteInfo info = context.sites().get(access.site());
    Site site = Sites.of(info);
    List<Site> stack =
        access.stack() == null
            ? List.of(site)
            : Sites.of(StackCapture.atSite(access.stack(), info));
    return new UnguardedField.FieldAccess(
        access.thread(),
        access.write() ? "write" : "read",
        site,
        LockReportText.names(access.locks()),
        stack);
  }
}
