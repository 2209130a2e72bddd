package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import java.util.List;

/**
 * The table of every finding, one row each, linking to its detail: plain HTML in the page's order
 * (most severe first), which the script makes sortable, filterable and groupable.
 */
final class FindingsTable {
  private FindingsTable() {}

  /** The section. */
  static String html(List<FindingRow> rows) {
    StringBuilder out = new StringBuilder("<section id=\"findings\">\n<h2>Findings (");
    out.append(rows.size()).append(")</h2>\n");
    if (rows.isEmpty()) {
      return out.append("<p class=\"ok\">Nothing found: no deadlock, cycle, race or hazard.</p>\n")
          .append("</section>\n")
          .toString();
    }
    out.append(Resources.text("table-toolbar.html"));
    out.append("<div class=\"table-scroll\"><table class=\"grid findings\" id=\"findings-table\">")
        .append("<thead><tr>")
        .append("<th data-sort=\"num\" aria-sort=\"ascending\">severity</th>")
        .append("<th data-sort=\"text\">kind</th>")
        .append("<th data-sort=\"text\">finding</th>")
        .append("<th data-sort=\"text\">where</th>")
        .append("<th data-sort=\"text\">tests</th>")
        .append("<th data-sort=\"text\">first seen in</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (FindingRow row : rows) {
      out.append("<tr data-kind=\"")
          .append(row.kind().code())
          .append("\" data-severity=\"")
          .append(escape(row.severity()))
          .append("\" data-package=\"")
          .append(escape(row.packageName()))
          .append("\" data-class=\"")
          .append(escape(row.className()))
          .append("\" data-tests=\"")
          .append(escape(String.join("\n", row.tests())))
          .append("\">");
      out.append("<td data-value=\"")
          .append(row.severityRank())
          .append("\">")
          .append(badges(row))
          .append("</td>");
      out.append("<td>")
          .append(escape(row.kind().label()))
          .append("<div class=\"muted\">")
          .append(escape(row.variant()))
          .append("</div></td>");
      out.append("<td><a href=\"#")
          .append(row.anchor())
          .append("\">")
          .append(escape(row.subject()))
          .append("</a></td>");
      out.append("<td class=\"code\">")
          .append(row.where() == null ? "" : escape(row.where().asFrame()))
          .append("</td>");
      out.append("<td>").append(list(row.tests(), "unknown")).append("</td>");
      out.append("<td>").append(list(row.seenIn(), "this report")).append("</td>");
      out.append("</tr>\n");
    }
    return out.append("</tbody></table></div>\n</section>\n").toString();
  }

  /** The severity badge and a link to the finding's detail: {@code lock-order cycle: A → B}. */
  static String badgedLink(FindingRow row) {
    return badges(row)
        + " <a href=\"#"
        + row.anchor()
        + "\">"
        + escape(row.kind().label())
        + ": "
        + escape(row.subject())
        + "</a>";
  }

  /**
   * The row's severity badge, followed by a {@code confirmed} badge when a confirm run proved it.
   */
  static String badges(FindingRow row) {
    String severity = badge(row.severity());
    return row.confirmed()
        ? severity
            + " <span class=\"badge confirmed\" title=\"a confirm run made it really"
            + " deadlock\">confirmed</span>"
        : severity;
  }

  /** A severity badge. */
  static String badge(String severity) {
    return "<span class=\"badge " + escape(severity) + "\">" + escape(severity) + "</span>";
  }

  /** The first item and how many more, or {@code none} in grey. */
  static String list(List<String> items, String none) {
    if (items.isEmpty()) {
      return "<span class=\"muted\">" + escape(none) + "</span>";
    }
    String first = escape(items.get(0));
    if (items.size() == 1) {
      return first;
    }
    return first
        + " <span class=\"more\" title=\""
        + escape(String.join("\n", items))
        + "\">+"
        + (items.size() - 1)
        + "</span>";
  }
}
