package io.lockwatch.report.render.html;

/** The four kinds of finding, in the order the page lists them. */
enum FindingKind {
  DEADLOCK("deadlock", "observed deadlock", "Observed deadlocks"),
  CYCLE("cycle", "lock-order cycle", "Lock-order cycles"),
  RACE("race", "data race", "Unguarded fields (data races)"),
  HAZARD("hazard", "wait hazard", "Wait hazards");

  private final String code;
  private final String label;
  private final String plural;

  FindingKind(String code, String label, String plural) {
    this.code = code;
    this.label = label;
    this.plural = plural;
  }

  /** Short and stable, for ids and data attributes: {@code cycle}. */
  String code() {
    return code;
  }

  /** For people: {@code lock-order cycle}. */
  String label() {
    return label;
  }

  /** A heading: {@code Lock-order cycles}. */
  String plural() {
    return plural;
  }
}
