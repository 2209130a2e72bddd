package io.lockwatch.report.check;

import java.util.List;

/**
 * One finding of a report, whatever its kind, as the check and the summary see it.
 *
 * @param category what kind of finding it is
 * @param fingerprint its stable fingerprint, as in the report
 * @param severity {@code high}, {@code medium} or {@code low}
 * @param headline one line that says what it is and where, with sites as {@code File.java:line}
 * @param detail a second line with the threads and their sites, or empty
 * @param tests the tests that were running in those threads, empty when unknown
 * @param confirmed true when it is proven real: an observed deadlock, or a cycle a confirm run
 *     steered into a real deadlock
 */
public record Finding(
    FindingCategory category,
    String fingerprint,
    String severity,
    String headline,
    String detail,
    List<String> tests,
    boolean confirmed) {

  /** Copies the tests; null means none known. */
  public Finding {
    tests = tests == null ? List.of() : List.copyOf(tests);
  }

  /** A finding not proven real, with the tests that were running. */
  public Finding(
      FindingCategory category,
      String fingerprint,
      String severity,
      String headline,
      String detail,
      List<String> tests) {
    this(category, fingerprint, severity, headline, detail, tests, false);
  }

  /** A finding not proven real, its tests unknown. */
  public Finding(
      FindingCategory category,
      String fingerprint,
      String severity,
      String headline,
      String detail) {
    this(category, fingerprint, severity, headline, detail, List.of(), false);
  }
}
