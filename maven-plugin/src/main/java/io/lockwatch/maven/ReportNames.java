package io.lockwatch.maven;

import java.io.File;
import java.util.regex.Pattern;

/** Which files a report path names: itself, or with {@code %p}, one per process id. */
final class ReportNames {
  private ReportNames() {}

  /** Whether {@code file} is named by {@code destFile} (same directory, its name or pattern). */
  static boolean matches(File destFile, File file) {
    String pattern =
        Pattern.quote(destFile.getName()).replace("%p", "\\E[0-9]+\\Q").replace("\\Q\\E", "");
    return file.getName().matches(pattern);
  }
}
