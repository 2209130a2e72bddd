package io.lockwatch.report.check;

/**
 * One finding of a report, whatever its kind, as the check and the summary see it.
 *
 * @param category what kind of finding it is
 * @param fingerprint its stable fingerprint, as in the report
 * @param severity {@code high}, {@code medium} or {@code low}
 * @param headline one line that says what it is and where, with sites as {@code File.java:line}
 * @param detail a second line with the threads and their sites, or empty
 * @param confirmed true when it is proven real: an observed deadlock, or a cycle a confirm run
 *     steered into a real deadlock
 */
public record Finding(
    FindingCategory category,
    String fingerprint,
    String severity,
    String headline,
    String detail,
    boolean confirmed) {

  /** A finding not proven real. */
  public Finding(
      FindingCategory category,
      String fingerprint,
      String severity,
      String headline,
      String detail) {
    this(category, fingerprint, severity, headline, detail, false);
  }
}
