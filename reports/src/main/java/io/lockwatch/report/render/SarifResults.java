package io.lockwatch.report.render;

import static io.lockwatch.report.render.SarifLocations.array;
import static io.lockwatch.report.render.SarifLocations.message;
import static io.lockwatch.report.render.SarifLocations.withId;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.lockwatch.report.check.Finding;
import io.lockwatch.report.check.Findings;
import io.lockwatch.report.check.RaceVerdict;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SARIF results of {@link SarifRenderer}, one per finding: its rule, level, message and
 * fingerprint, its sites as locations, and for cycles, races and deadlocks a code flow with one
 * thread flow per thread.
 */
final class SarifResults {
  private final SarifLocations sites;

  /** Results whose sites {@code sites} locates. */
  SarifResults(SarifLocations sites) {
    this.sites = sites;
  }

  /** The results of every finding of {@code report}: deadlocks, cycles, races, then hazards. */
  JsonArray of(Report report) {
    JsonArray results = new JsonArray();
    report.observedDeadlocks().forEach(d -> results.add(result(d)));
    report.lockOrderCycles().forEach(c -> results.add(result(c)));
    report.unguardedFields().forEach(f -> results.add(result(f)));
    report.waitHazards().forEach(h -> results.add(result(h)));
    return results;
  }

  private JsonObject result(LockOrderCycle cycle) {
    CycleEdge first = cycle.edges().isEmpty() ? null : cycle.edges().get(0);
    JsonArray locations =
        first == null
            ? null
            : array(sites.location(first.acquiredAt(), "waits here for the next lock"));
    Map<Integer, String> names = new HashMap<>();
    cycle.locks().forEach((LockDescription l) -> names.put(l.id(), l.name()));
    JsonArray related = new JsonArray();
    Map<String, List<JsonObject>> steps = new LinkedHashMap<>();
    int n = cycle.edges().size();
    for (int i = 0; i < n; i++) {
      CycleEdge edge = cycle.edges().get(i);
      String held = names.getOrDefault(edge.from(), "lock " + edge.from());
      String next = names.getOrDefault(edge.to(), "lock " + edge.to());
      related.add(
          withId(sites.location(edge.heldAt(), edge.thread() + " takes " + held), related.size()));
      related.add(
          withId(
              sites.location(edge.acquiredAt(), edge.thread() + " then takes " + next),
              related.size()));
      List<JsonObject> thread = steps.computeIfAbsent(edge.thread(), t -> new ArrayList<>());
      // Every thread first takes its held lock, then all of them wait: the deadlock's schedule.
      thread.add(sites.step(edge.heldAt(), "holds " + held, edge.heldStack(), "acquire", i + 1));
      thread.add(
          sites.step(
              edge.acquiredAt(), "waits for " + next, edge.acquiredStack(), "acquire", n + i + 1));
    }
    String scenario = String.join(" ", cycle.scenario());
    Finding finding = Findings.of(cycle);
    JsonObject result =
        result(
            finding,
            cycleLevel(cycle, finding),
            locations,
            related,
            codeFlow(scenario, steps, "the order this thread takes the locks"));
    if (cycle.confirmation() != null) {
      result
          .getAsJsonObject("properties")
          .addProperty("confirmation", cycle.confirmation().status());
    }
    return result;
  }

  /**
   * In a confirm run's report, a cycle steered into a real deadlock is an error and one that only
   * stays predicted a warning at most; without a confirm run, its severity decides.
   */
  private static String cycleLevel(LockOrderCycle cycle, Finding finding) {
    if (cycle.confirmation() == null) {
      return level(finding.severity());
    }
    return cycle.confirmed() ? "error" : "low".equals(finding.severity()) ? "note" : "warning";
  }

  private JsonObject result(ObservedDeadlock deadlock) {
    JsonArray locations = null;
    Map<String, List<JsonObject>> steps = new LinkedHashMap<>();
    for (ObservedDeadlock.DeadlockedThread thread : deadlock.threads()) {
      String text =
          thread.name()
              + " holds "
              + String.join(", ", thread.holds())
              + ", waits for "
              + thread.waitsFor();
      Site top = thread.stack().isEmpty() ? null : thread.stack().get(0);
      if (top != null && locations == null) {
        locations = array(sites.location(top, text));
      }
      steps.put(thread.name(), List.of(sites.step(top, text, thread.stack(), "acquire", 1)));
    }
    JsonArray flows = codeFlow("The threads of the deadlock.", steps, "where it is stuck");
    return result(Findings.of(deadlock), locations, null, flows);
  }

  private JsonObject result(UnguardedField field) {
    JsonArray locations = null;
    JsonArray related = new JsonArray();
    Map<String, List<JsonObject>> steps = new LinkedHashMap<>();
    int order = 1;
    for (UnguardedField.FieldAccess access : field.accesses()) {
      String text =
          access.kind()
              + " of "
              + field.field()
              + " by "
              + access.thread()
              + ", holding "
              + (access.locksHeld().isEmpty() ? "no lock" : String.join(", ", access.locksHeld()));
      if (locations == null) {
        locations = array(sites.location(access.site(), text));
      } else {
        related.add(withId(sites.location(access.site(), text), related.size()));
      }
      steps
          .computeIfAbsent(access.thread(), t -> new ArrayList<>())
          .add(sites.step(access.site(), text, access.stack(), "memory", order++));
    }
    String flowText =
        field.observedRace()
            ? "The conflicting accesses, one per thread."
            : "The conflicting accesses, one per thread: this run ordered them only by "
                + RaceVerdict.orderedBy(field)
                + ", a correct reordering of it runs them side by side.";
    JsonObject result =
        result(
            Findings.of(field),
            locations,
            related.isEmpty() ? null : related,
            codeFlow(flowText, steps, "its access"));
    JsonObject properties = result.getAsJsonObject("properties");
    properties.addProperty("observedRace", field.observedRace());
    if (!field.observedRace()) {
      JsonObject prediction = new JsonObject();
      prediction.addProperty("orderedBy", RaceVerdict.orderedBy(field));
      if (field.prediction() != null && field.prediction().reason() != null) {
        prediction.addProperty("reason", field.prediction().reason());
      }
      properties.add("prediction", prediction);
    }
    return result;
  }

  private JsonObject result(WaitHazard hazard) {
    String waits = hazard.waitKind() + " while holding " + hazard.lockHeld();
    String taken = hazard.lockHeld() + " taken here";
    return result(
        Findings.of(hazard),
        array(sites.location(hazard.waitSite(), waits)),
        array(withId(sites.location(hazard.heldAt(), taken), 0)),
        null);
  }

  /**
   * One result, whatever its category: the finding's rule, level, message and fingerprint, then the
   * parts given (each left out when null), in that order.
   */
  private static JsonObject result(
      Finding finding, JsonArray locations, JsonArray relatedLocations, JsonArray codeFlows) {
    return result(finding, level(finding.severity()), locations, relatedLocations, codeFlows);
  }

  private static JsonObject result(
      Finding finding,
      String level,
      JsonArray locations,
      JsonArray relatedLocations,
      JsonArray codeFlows) {
    SarifRules.Rule rule = SarifRules.of(finding.category());
    JsonObject result = new JsonObject();
    result.addProperty("ruleId", rule.id());
    result.addProperty("ruleIndex", SarifRules.indexOf(rule));
    result.addProperty("level", level);
    result.add(
        "message",
        message(
            finding.headline()
                + (finding.detail().isEmpty() ? "" : ". " + finding.detail())
                + (finding.tests().isEmpty()
                    ? ""
                    : ". Tests: " + String.join(", ", finding.tests()))));
    JsonObject fingerprints = new JsonObject();
    fingerprints.addProperty("lockwatch/v1", finding.fingerprint());
    result.add("partialFingerprints", fingerprints);
    JsonObject properties = new JsonObject();
    properties.addProperty("severity", finding.severity());
    if (!finding.tests().isEmpty()) {
      JsonArray tests = new JsonArray();
      finding.tests().forEach(tests::add);
      properties.add("tests", tests);
    }
    result.add("properties", properties);
    if (locations != null) {
      result.add("locations", locations);
    }
    if (relatedLocations != null) {
      result.add("relatedLocations", relatedLocations);
    }
    if (codeFlows != null) {
      result.add("codeFlows", codeFlows);
    }
    return result;
  }

  private static String level(String severity) {
    return switch (severity == null ? "" : severity) {
      case "high" -> "error";
      case "low" -> "note";
      default -> "warning";
    };
  }

  private static JsonArray codeFlow(
      String text, Map<String, List<JsonObject>> stepsByThread, String threadText) {
    JsonArray threadFlows = new JsonArray();
    stepsByThread.forEach(
        (thread, steps) -> {
          JsonObject flow = new JsonObject();
          flow.addProperty("id", thread);
          flow.add("message", message("thread " + thread + ": " + threadText));
          JsonArray locations = new JsonArray();
          steps.forEach(locations::add);
          flow.add("locations", locations);
          threadFlows.add(flow);
        });
    JsonObject codeFlow = new JsonObject();
    codeFlow.add("message", message(text));
    codeFlow.add("threadFlows", threadFlows);
    return array(codeFlow);
  }
}
