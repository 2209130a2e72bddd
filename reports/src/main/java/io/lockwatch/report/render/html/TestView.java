package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Which tests exposed which findings, when the report says (findings' {@code tests}). */
final class TestView {
  private TestView() {}

  /** The section. */
  static String html(List<FindingRow> rows) {
    StringBuilder out = new StringBuilder("<section id=\"tests\">\n<h2>By test</h2>\n");
    List<FindingRow> attributed = rows.stream().filter(r -> !r.tests().isEmpty()).toList();
    if (attributed.isEmpty()) {
      return out.append(
              "<p class=\"muted\">This report does not say which tests exposed its findings"
                  + " (no <code>tests</code> on its findings).</p>\n</section>\n")
          .toString();
    }
    Map<String, List<FindingRow>> byTest = new TreeMap<>();
    for (FindingRow row : attributed) {
      row.tests().forEach(t -> byTest.computeIfAbsent(t, k -> new ArrayList<>()).add(row));
    }
    out.append("<div class=\"table-scroll\"><table class=\"grid tests\"><thead><tr><th>test</th>")
        .append("<th>findings</th><th>exposed</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, List<FindingRow>> test : PackageTree.largestFirst(byTest)) {
      out.append("<tr><td class=\"code\">")
          .append(escape(test.getKey()))
          .append("</td><td>")
          .append(test.getValue().size())
          .append("</td><td><ul class=\"leaves\">");
      for (FindingRow row : test.getValue()) {
        out.append("<li>").append(FindingsTable.badgedLink(row)).append("</li>");
      }
      out.append("</ul></td></tr>\n");
    }
    int unattributed = rows.size() - attributed.size();
    out.append("</tbody></table></div>\n");
    if (unattributed > 0) {
      out.append("<p class=\"muted\">")
          .append(unattributed)
          .append(" findings name no test.</p>\n");
    }
    return out.append("</section>\n").toString();
  }
}
