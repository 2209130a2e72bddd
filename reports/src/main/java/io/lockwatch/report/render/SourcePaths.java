package io.lockwatch.report.render;

import io.lockwatch.report.model.Site;

/**
 * The source file of a site as a relative path: the package as directories and the file name
 * ({@code com/example/Bank.java}), optionally under a source root such as {@code src/main/java/}.
 */
public final class SourcePaths {
  private SourcePaths() {}

  /** {@code root} + {@code com/example/Bank.java} for a site in {@code com.example.Bank$Inner}. */
  public static String of(Site site, String root) {
    String className = site.className() == null ? "" : site.className();
    int dot = className.lastIndexOf('.');
    String directory = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
    String file = site.file();
    if (file == null) {
      String simple = dot < 0 ? className : className.substring(dot + 1);
      int dollar = simple.indexOf('$');
      file = (dollar < 0 ? simple : simple.substring(0, dollar)) + ".java";
    }
    String prefix = root == null || root.isEmpty() || root.endsWith("/") ? root : root + "/";
    return (prefix == null ? "" : prefix) + directory + file;
  }
}
