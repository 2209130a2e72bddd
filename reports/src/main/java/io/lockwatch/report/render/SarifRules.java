package io.lockwatch.report.render;

import static io.lockwatch.report.render.SarifLocations.message;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.lockwatch.report.check.FindingCategory;
import java.util.List;

/**
 * The SARIF rules of {@link SarifRenderer}, one per finding category: what each rule is called,
 * what it says and its default level, and the index a result names it by.
 */
final class SarifRules {
  /** The rules in the order the tool lists them; a result's {@code ruleIndex} counts in it. */
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

  private SarifRules() {}

  /** The rule of the findings of {@code category}. */
  static Rule of(FindingCategory category) {
    return RULES.stream().filter(r -> r.category() == category).findFirst().orElseThrow();
  }

  /** Where {@code rule} stands in the tool's list of rules. */
  static int indexOf(Rule rule) {
    return RULES.indexOf(rule);
  }

  /** Every rule as the tool's driver lists it. */
  static JsonArray json() {
    JsonArray rules = new JsonArray();
    RULES.forEach(r -> rules.add(json(r)));
    return rules;
  }

  private static JsonObject json(Rule rule) {
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

  /**
   * One rule.
   *
   * @param category the findings it covers
   * @param id its id, e.g. {@code lock-order-cycle}
   * @param name its name, e.g. {@code LockOrderCycle}
   * @param shortText what it finds, in one sentence
   * @param fullText what it finds, why it matters and what to do
   * @param level its default level: {@code error} or {@code warning}
   */
  record Rule(
      FindingCategory category,
      String id,
      String name,
      String shortText,
      String fullText,
      String level) {}
}
