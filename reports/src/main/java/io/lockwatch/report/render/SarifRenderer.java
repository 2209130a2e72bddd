package io.lockwatch.report.render;

import static io.lockwatch.report.render.SarifLocations.array;
import static io.lockwatch.report.render.SarifLocations.message;
import static io.lockwatch.report.render.SarifLocations.withId;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.lockwatch.report.check.Finding;
import io.lockwatch.report.check.FindingCategory;
import io.lockwatch.report.check.Findings;
import io.lockwatch.report.check.RaceVerdict;
import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: one rule per finding category, one result per finding with its
 * sites as locations, and for cycles, races and deadlocks a code flow with one thread flow per
 * thread, the structure SARIF has for concurrency. Agent errors become tool notifications.
 */
public final class SarifRenderer {
  /** The SARIF schema this output follows. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              FindingCategory.DEADLOCKS,
              "observed-deadlock",
              "ObservedDeadlock",
              "Threads deadlocked while the program ran.",
              "The watchdog saw threads that each wait for a lock another of them holds. The"
                  + " program hung here; each thread's stack shows where.",
              "error"),
          new Rule(
              FindingCategory.CYCLES,
              "lock-order-cycle",
              "LockOrderCycle",
              "Locks taken in a cyclic order by different threads: a potential deadlock.",
              "Different threads acquired the same locks in different orders. Run at the wrong"
                  + " moment, each thread holds one lock and waits for the next forever. Take the"
                  + " locks in one global order, or merge them into one.",
              "error"),
          new Rule(
              FindingCategory.RACES,
              "unguarded-field",
              "UnguardedField",
              "A field shared between threads without synchronization: a data race.",
              "Two threads accessed the field, at least one of them writing, with no lock in"
                  + " common and no happens-before order between the accesses (an observed race);"
                  + " or, with races=predict, this run ordered them only through locks whose"
                  + " critical sections did not conflict, so a correct reordering of the run has"
                  + " them side by side (a predicted race: properties.observedRace is false and"
                  + " properties.prediction says which lock and why).",
              "error"),
          new Rule(
              FindingCategory.HAZARDS,
              "wait-hazard",
              "WaitHazard",
              "Waiting while holding another lock (nested-monitor lockout).",
              "The thread waited while it held a lock other than the one it waited on; the"
                  + " thread that should wake it may need that lock.",
              "warning"));

  private record Rule(
      FindingCategory category,
      String id,
      String name,
      String shortText,
      String fullText,
      String level) {}

  private final SarifLocations sites;

  /**
   * @param sourceRoot prefix of the source paths in locations, e.g. {@code src/main/java/}, or null
   *     when paths start at the package
   */
  public SarifRenderer(String sourceRoot) {
    this.sites = new SarifLocations(site -> SourcePaths.of(site, sourceRoot));
  }

  /**
   * @param sources where each site's file is, relative to the repository root; a site whose file no
   *     source root has (a JDK or library frame) gets a logical location only
   */
  public SarifRenderer(SourceRootPaths sources) {
    this.sites = new SarifLocations(sources::pathOf);
  }

  /** Writes the SARIF log for {@code report}. */
  public void render(Report report, Writer out) throws IOException {
    GSON.toJson(toSarif(report), out);
    out.write('\n');
    out.flush();
  }

  /** The SARIF log as a JSON tree. */
  public JsonObject toSarif(Report report) {
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "Lockwatch");
    driver.addProperty("version", report.run().agentVersion());
    JsonArray rules = new JsonArray();
    RULES.forEach(r -> rules.add(rule(r)));
    driver.add("rules", rules);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);

    JsonArray results = new JsonArray();
    report.observedDeadlocks().forEach(d -> results.add(result(d)));
    report.lockOrderCycles().forEach(c -> results.add(result(c)));
    report.unguardedFields().forEach(f -> results.add(result(f)));
    report.waitHazards().forEach(h -> results.add(result(h)));

    JsonObject run = new JsonObject();
    run.add("tool", tool);
    run.add("invocations", invocations(report));
    run.add("results", results);
    JsonObject properties = new JsonObject();
    properties.add("lockwatchSummary", GSON.toJsonTree(report.summary()));
    run.add("properties", properties);

    JsonObject log = new JsonObject();
    log.addProperty("$schema", SCHEMA_URI);
    log.addProperty("version", "2.1.0");
    JsonArray runs = new JsonArray();
    runs.add(run);
    log.add("runs", runs);
    return log;
  }

  private static JsonObject rule(Rule rule) {
    JsonObject json = new JsonObject();
    json.addProperty("id", rule.id());
    json.addProperty("name", rule.name());
    json.add("shortDescription", message(rule.shortText()));
    json.add("fullDescription", message(rule.fullText()));
    json.add("help", message(rule.fullText()));
    JsonObject configuration = new JsonObject();
    configuration.addProperty("level", rule.level());
    json.add("defaultConfiguration", configuration);
    JsonObject properties = new JsonObject();
    JsonArray tags = new JsonArray();
    tags.add("concurrency");
    tags.add(rule.category().id());
    properties.add("tags", tags);
    json.add("properties", properties);
    return json;
  }

  private JsonArray invocations(Report report) {
    JsonObject invocation = new JsonObject();
    invocation.addProperty("executionSuccessful", true);
    if (report.run().command() != null) {
      invocation.addProperty("commandLine", report.run().command());
    }
    JsonArray notifications = new JsonArray();
    for (AgentError error : report.agentErrors()) {
      JsonObject notification = new JsonObject();
      notification.add(
          "message",
          message(
              error.kind()
                  + " in "
                  + (error.where() == null ? "?" : error.where())
                  + ": "
                  + (error.message() == null ? "(no message)" : error.message())
                  + (error.count() > 1 ? " (" + error.count() + " times)" : "")));
      notification.addProperty("level", "warning");
      notifications.add(notification);
    }
    invocation.add("toolExecutionNotifications", notifications);
    JsonArray invocations = new JsonArray();
    invocations.add(invocation);
    return invocations;
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
    Rule rule =
        RULES.stream().filter(r -> r.category() == finding.category()).findFirst().orElseThrow();
    JsonObject result = new JsonObject();
    result.addProperty("ruleId", rule.id());
    result.addProperty("ruleIndex", RULES.indexOf(rule));
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
