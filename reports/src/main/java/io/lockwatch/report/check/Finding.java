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
 */
public record Finding(
    FindingCategory category,
    String fingerprint,
    String severity,
    String headline,
    String detail,
    List<String> tests) {

  /** Copies the tests; null means none known. */
  public Finding {
    tests = tests == null ? List.of() : List.copyOf(tests);
  }
}
