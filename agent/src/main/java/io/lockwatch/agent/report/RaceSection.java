package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.StackCapture;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The unguarded fields: the first race seen on each field, with both accesses, by field name. */
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
              List.of(earlier, later)));
    }
    result.sort(Comparator.comparing(UnguardedField::field));
    return result;
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
        LockLabels.names(access.locks()),
        stack);
  }
}
