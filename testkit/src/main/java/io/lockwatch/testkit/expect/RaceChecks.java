package io.lockwatch.testkit.expect;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.assertions.AccessAssert;
import io.lockwatch.testkit.assertions.RaceAssert;
import io.lockwatch.testkit.assertions.ReportAssert;
import io.lockwatch.testkit.source.SourceLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks of {@code race} and {@code race-read}, {@code race-write}, {@code race-access}.
 *
 * <p>Access statements that say the same (thread, kind, locks) on several lines are one
 * alternative: some access matches it at one of those lines. Every access must match one of the
 * alternatives of its field, so {@code race-access} on two lines with no other argument means "each
 * access is at one of these two lines".
 */
final class RaceChecks {
  private RaceChecks() {}

  /** One alternative: what an access is, and the lines it may be at. */
  private record AccessPattern(String thread, String kind, String locks, List<SourceLine> lines) {
    String describe() {
      return (kind == null ? "an access" : "a " + kind)
          + (thread == null ? "" : " by " + thread)
          + (locks == null ? "" : locks.equals("none") ? " holding no lock" : " holding " + locks)
          + " at "
          + lines.stream().map(SourceLine::toString).collect(Collectors.joining(" or "));
    }

    void check(AccessAssert access) {
      if (thread != null && thread.endsWith("*")) {
        access.byThreadStartingWith(thread.substring(0, thread.length() - 1));
      } else if (thread != null) {
        access.byThread(thread);
      }
      if ("read".equals(kind)) {
        access.isRead();
      } else if ("write".equals(kind)) {
        access.isWrite();
      }
      if ("none".equals(locks)) {
        access.holdingNoLock();
      } else if (locks != null) {
        access.holdingOnly(locks);
      }
      access.at(lines.toArray(new SourceLine[0]));
    }
  }

  static void addTo(List<Check> checks, ExpectedRun expected, Supplier<AgentJvmResult> run) {
    List<Expectation> races = expected.statements(Statement.RACE);
    for (Expectation race : races) {
      String field = expected.fieldName(race.arg("field"));
      checks.add(
          Check.of(
              race,
              () -> {
                RaceAssert actual = find(run, races.size(), field);
                if (Boolean.parseBoolean(race.arg("observed"))) {
                  actual.isObserved();
                } else {
                  actual.isPredicted();
                }
                if (race.has("severity")) {
                  actual.ofSeverity(race.arg("severity"));
                }
                if (race.has("index")) {
                  actual.onElement(Integer.parseInt(race.arg("index")));
                }
              }));
    }
    Map<String, List<AccessPattern>> byField = patterns(expected, races);
    byField.forEach(
        (field, patterns) -> {
          for (AccessPattern pattern : patterns) {
            checks.add(
                Check.of(
                    "the race on " + field + " has " + pattern.describe(),
                    () -> find(run, races.size(), field).hasAccessSatisfying(pattern::check)));
          }
          List<Consumer<AccessAssert>> alternatives =
              patterns.stream()
                  .map(p -> (Consumer<AccessAssert>) p::check)
                  .collect(Collectors.toList());
          checks.add(
              Check.of(
                  "every access of the race on " + field + " is one of the expected",
                  () -> find(run, races.size(), field).everyAccessSatisfiesOneOf(alternatives)));
        });
  }

  private static RaceAssert find(Supplier<AgentJvmResult> run, int races, String field) {
    ReportAssert report = assertThatReportOf(run.get()).hasRaces(races);
    return races == 1 ? report.hasRaceOn(field) : report.raceOn(field);
  }

  /** The alternatives of each field, in source order. */
  private static Map<String, List<AccessPattern>> patterns(
      ExpectedRun expected, List<Expectation> races) {
    Map<String, Map<List<String>, AccessPattern>> byField = new LinkedHashMap<>();
    for (Expectation access : expected.statements()) {
      if (!access.statement().isRaceAccess()) {
        continue;
      }
      String field =
          expected.fieldName(access.has("field") ? access.arg("field") : races.get(0).arg("field"));
      String kind =
          access.statement() == Statement.RACE_READ
              ? "read"
              : access.statement() == Statement.RACE_WRITE ? "write" : null;
      List<String> threads = access.has("thread") ? access.values("thread") : nullList();
      for (String thread : threads) {
        List<String> key = Arrays.asList(thread, kind, access.arg("locks"));
        byField
            .computeIfAbsent(field, f -> new LinkedHashMap<>())
            .compute(
                key,
                (k, known) -> {
                  List<SourceLine> lines =
                      new ArrayList<>(known == null ? List.of() : known.lines());
                  lines.add(access.line());
                  return new AccessPattern(thread, kind, access.arg("locks"), lines);
                });
      }
    }
    Map<String, List<AccessPattern>> patterns = new LinkedHashMap<>();
    byField.forEach((field, byKey) -> patterns.put(field, new ArrayList<>(byKey.values())));
    return patterns;
  }

  /** A list of one null: an access statement without {@code thread=} is one pattern, any thread. */
  private static List<String> nullList() {
    List<String> any = new ArrayList<>();
    any.add(null);
    return any;
  }
}
