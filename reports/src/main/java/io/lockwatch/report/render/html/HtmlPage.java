package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import io.lockwatch.report.check.FindingCategory;
import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.render.LockGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole report page, self-contained (style, script, SVG and data inline; nothing fetched):
 * summary tiles, the findings table, the drill-down by package and class, the per-test view, the
 * lock-order graph, one detail per finding, agent errors and the run. Everything but the graph's
 * zoom, the panel and the table's sorting and filtering works without script.
 */
public final class HtmlPage {
  private final SourceFiles sources;
  private final Provenance provenance;

  /**
   * @param sources where the source excerpts come from
   * @param provenance which input report each finding came from
   */
  public HtmlPage(SourceFiles sources, Provenance provenance) {
    this.sources = sources;
    this.provenance = provenance;
  }

  /**
   * The page for {@code report}.
   *
   * @param source where the report came from, shown in the title
   */
  public String render(Report report, String source) {
    List<FindingRow> rows = FindingRows.of(report, provenance);
    Map<String, String> anchorOfCycle = new HashMap<>();
    rows.stream()
        .filter(r -> r.kind() == FindingCategory.CYCLES)
        .forEach(r -> anchorOfCycle.put(r.fingerprint(), r.anchor()));
    GraphSection graph = new GraphSection(LockGraph.of(report), anchorOfCycle);
    int stackDepth = intOption(report.run(), "stackDepth");
    FindingDetail details =
        new FindingDetail(new SourceExcerpt(sources), new StackView(stackDepth), graph);

    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Lockwatch report: ")
        .append(escape(source))
        .append("</title>\n<style>\n")
        .append(Resources.text("report.css"))
        .append("</style>\n</head>\n<body>\n");
    header(out, report, source, rows.size());
    out.append("<main>\n");
    summary(out, report, rows);
    out.append(FindingsTable.html(rows));
    out.append(PackageTree.html(rows));
    out.append(TestView.html(rows));
    out.append(graph.html());
    out.append("<section id=\"details\">\n<h2>Details</h2>\n");
    if (rows.isEmpty()) {
      out.append("<p class=\"muted\">No findings.</p>\n");
    }
    rows.forEach(row -> out.append(details.html(row)));
    out.append("</section>\n");
    agentErrors(out, report.agentErrors());
    run(out, report.run());
    out.append("</main>\n<script>\n")
        .append(Resources.text("report.js"))
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void header(StringBuilder out, Report report, String source, int findings) {
    RunInfo run = report.run();
    out.append("<header class=\"top\"><div class=\"title\"><h1>Lockwatch report</h1><p>")
        .append(escape(source))
        .append(" &middot; ")
        .append(findings)
        .append(findings == 1 ? " finding" : " findings")
        .append(" &middot; ")
        .append(escape(run.reason().equals("merge") ? run.command() : "pid " + run.pid()))
        .append(" &middot; Java ")
        .append(escape(run.javaVersion()))
        .append("</p></div>\n<nav><a href=\"#findings\">Findings</a><a href=\"#packages\">")
        .append("By package</a><a href=\"#tests\">By test</a><a href=\"#graph\">Lock graph</a>")
        .append("<a href=\"#details\">Details</a><a href=\"#run\">Run</a></nav></header>\n");
  }

  private static void summary(StringBuilder out, Report report, List<FindingRow> rows) {
    out.append("<section id=\"summary\">\n<h2 class=\"visually-hidden\">Summary</h2>\n")
        .append("<div class=\"cards\">\n");
    for (FindingCategory kind : FindingCategory.values()) {
      long n = rows.stream().filter(r -> r.kind() == kind).count();
      out.append("<a class=\"card")
          .append(n > 0 ? " bad" : "")
          .append("\" href=\"#findings\" data-kind=\"")
          .append(kind.code())
          .append("\"><span class=\"n\">")
          .append(n)
          .append("</span><span>")
          .append(escape(kind.heading()))
          .append("</span></a>\n");
    }
    out.append("<a class=\"card")
        .append(report.agentErrors().isEmpty() ? "" : " warn")
        .append("\" href=\"#run\"><span class=\"n\">")
        .append(report.summary().agentErrors())
        .append("</span><span>agent errors</span></a>\n</div>\n");
    Summary s = report.summary();
    for (Incomplete gap : s.incomplete()) {
      // an incomplete analysis is never to be read as clean: say it above the numbers
      out.append("<p class=\"incomplete\"><strong>Incomplete analysis:</strong> ")
          .append(escape(gap.detail()))
          .append(" (agent option <code>")
          .append(escape(gap.budget()))
          .append("</code>)</p>\n");
    }
    out.append("<p class=\"stats\">")
        .append(s.classesInstrumented())
        .append(" classes instrumented &middot; ")
        .append(s.locksSeen())
        .append(" locks seen &middot; ")
        .append(s.acquisitions())
        .append(" acquisitions &middot; ")
        .append(s.edges())
        .append(" lock-order edges &middot; ")
        .append(s.fieldsTracked())
        .append(" fields tracked &middot; cycles: ")
        .append(s.cyclesFound())
        .append(" found, ")
        .append(s.cyclesReported())
        .append(" reported");
    s.cyclesFiltered()
        .forEach(
            (filter, n) -> {
              if (n > 0) {
                out.append(", ").append(n).append(" filtered as ").append(escape(filter));
              }
            });
    out.append("</p>\n</section>\n");
  }

  private static void agentErrors(StringBuilder out, List<AgentError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    out.append("<section id=\"agent-errors\">\n<h2>Agent errors (")
        .append(errors.size())
        .append(")</h2>\n<div class=\"table-scroll\"><table class=\"grid\"><thead><tr><th>kind")
        .append("</th><th>where</th><th>message</th><th>count</th></tr></thead>\n<tbody>\n");
    for (AgentError error : errors) {
      out.append("<tr><td>")
          .append(escape(error.kind()))
          .append("</td><td class=\"code\">")
          .append(escape(error.where()))
          .append("</td><td>")
          .append(escape(error.message()))
          .append("</td><td>")
          .append(error.count())
          .append("</td></tr>\n");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }

  private static void run(StringBuilder out, RunInfo run) {
    out.append("<section id=\"run\">\n<h2>Run</h2>\n<table class=\"props\">\n");
    row(out, "command", run.command() == null ? "" : run.command());
    row(out, "pid", String.valueOf(run.pid()));
    row(
        out,
        "Java",
        run.javaVersion() + (run.javaVendor() == null ? "" : " (" + run.javaVendor() + ")"));
    row(out, "agent", run.agentVersion());
    row(out, "started", run.startedAt());
    row(out, "ended", run.endedAt() + " (" + run.reason() + ")");
    run.options().forEach((key, value) -> row(out, "option " + key, value));
    out.append("</table>\n</section>\n");
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append("<tr><th>")
        .append(escape(name))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>\n");
  }

  private static int intOption(RunInfo run, String name) {
    try {
      return Integer.parseInt(run.options().getOrDefault(name, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
