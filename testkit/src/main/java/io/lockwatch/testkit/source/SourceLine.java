package io.lockwatch.testkit.source;

import io.lockwatch.report.model.Site;

/**
 * One line of a source file: where a report's site must point.
 *
 * @param topClassName the top-level class of the file, e.g. {@code com.example.Bank}
 * @param fileName the file's name as a stack frame shows it, e.g. {@code Bank.java}
 * @param line the 1-based line number
 */
public record SourceLine(String topClassName, String fileName, int line) {

  /**
   * True when the site is this line: same file and line, in the top-level class or a class nested
   * in it (lambdas and inner classes compile to their own classes).
   */
  public boolean isAt(Site site) {
    return site != null
        && fileName.equals(site.file())
        && line == site.line()
        && site.className() != null
        && (site.className().equals(topClassName)
            || site.className().startsWith(topClassName + "$"));
  }

  @Override
  public String toString() {
    return fileName + ":" + line;
  }
}
