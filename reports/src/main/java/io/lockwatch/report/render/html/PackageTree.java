package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import io.lockwatch.report.check.FindingCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The drill-down by code location, like a coverage report's: packages with their counts per kind,
 * each opening on its classes, each class on its findings. Built of {@code <details>}, so it works
 * without script.
 */
final class PackageTree {
  private PackageTree() {}

  /** The section. */
  static String html(List<FindingRow> rows) {
    StringBuilder out =
        new StringBuilder("<section id=\"packages\">\n<h2>By package and class</h2>\n");
    if (rows.isEmpty()) {
      return out.append("<p class=\"muted\">No findings.</p>\n</section>\n").toString();
    }
    out.append(
        "<div class=\"tree\">\n<div class=\"tree-row tree-head\"><span>package, class</span>");
    for (FindingCategory kind : FindingCategory.values()) {
      out.append("<span>")
          .append(escape(kind.heading().replaceAll(" \\(.*", "")))
          .append("</span>");
    }
    out.append("<span>total</span></div>\n");
    for (Map.Entry<String, List<FindingRow>> pkg : grouped(rows, FindingRow::packageName)) {
      out.append("<details class=\"pkg\"><summary class=\"tree-row\">")
          .append(counts(pkg.getKey(), pkg.getValue()))
          .append("</summary>\n");
      for (Map.Entry<String, List<FindingRow>> cls :
          grouped(pkg.getValue(), PackageTree::simpleClass)) {
        out.append("<details class=\"cls\"><summary class=\"tree-row\">")
            .append(counts(cls.getKey(), cls.getValue()))
            .append("</summary>\n<ul class=\"leaves\">\n");
        for (FindingRow row : cls.getValue()) {
          out.append("<li>")
              .append(FindingsTable.badgedLink(row))
              .append(" <span class=\"code muted\">")
              .append(
                  row.where() == null
                      ? ""
                      : escape(row.where().method() + "(" + row.where().fileAndLine() + ")"))
              .append("</span></li>\n");
        }
        out.append("</ul>\n</details>\n");
      }
      out.append("</details>\n");
    }
    return out.append("</div>\n</section>\n").toString();
  }

  /** Groups by {@code key}, the group with the most findings first, then by name. */
  static List<Map.Entry<String, List<FindingRow>>> grouped(
      List<FindingRow> rows, Function<FindingRow, String> key) {
    Map<String, List<FindingRow>> groups = new TreeMap<>();
    rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return largestFirst(groups);
  }

  /** The groups, the one with the most findings first, then by name. */
  static List<Map.Entry<String, List<FindingRow>>> largestFirst(
      Map<String, List<FindingRow>> groups) {
    List<Map.Entry<String, List<FindingRow>>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort(
        Comparator.comparingInt((Map.Entry<String, List<FindingRow>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    return sorted;
  }

  private static String counts(String name, List<FindingRow> rows) {
    StringBuilder out =
        new StringBuilder("<span class=\"name\">").append(escape(name)).append("</span>");
    for (FindingCategory kind : FindingCategory.values()) {
      long n = rows.stream().filter(r -> r.kind() == kind).count();
      out.append(n == 0 ? "<span class=\"zero\">0</span>" : "<span class=\"n\">" + n + "</span>");
    }
    return out.append("<span class=\"n\">").append(rows.size()).append("</span>").toString();
  }

  private static String simpleClass(FindingRow row) {
    String name = row.className();
    int dot = name.lastIndexOf('.');
    return name.isEmpty() ? "(unknown class)" : name.substring(dot + 1);
  }
}
