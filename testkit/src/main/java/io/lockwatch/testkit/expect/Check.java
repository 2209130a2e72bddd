package io.lockwatch.testkit.expect;

/**
 * One thing a run must show, e.g. one {@code @expect:} statement: a name for the test report, and a
 * body that throws {@link AssertionError} when the run does not show it.
 *
 * @param name what is checked, as a sentence or the statement with its line
 * @param body the check; it reads the run it was made for
 * @param needsOtherRuns true when it also reads another target's run ({@code @expect:twin})
 */
public record Check(String name, Runnable body, boolean needsOtherRuns) {

  /** A check of this run alone. */
  static Check of(String name, Runnable body) {
    return new Check(name, body, false);
  }

  /** A check named after its statement and line. */
  static Check of(Expectation statement, Runnable body) {
    return of(nameOf(statement), body);
  }

  /** {@code line 29: @expect:cycle-held(thread=worker-1)}. */
  static String nameOf(Expectation statement) {
    return "line " + statement.line().line() + ": " + statement.text();
  }
}
