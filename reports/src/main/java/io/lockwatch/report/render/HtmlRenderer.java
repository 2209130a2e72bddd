package io.lockwatch.report.render;

import static io.lockwatch.report.render.Html.escape;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS and SVG, nothing fetched from anywhere): the summary,
 * the lock-order graph with cycles in red, and every finding with the stacks of its threads. One
 * page at a time: an instance is not for several threads.
 */
public final class HtmlRenderer {

  private static final String CSS =
      """
      :root { --red: #c62828; --amber: #b26a00; --ink: #1f2933; --muted: #5f6b7a;
              --line: #d9dee4; --bg: #f6f8fa; }
      * { box-sizing: border-box; }
      body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
             margin: 0; background: #fff; }
      header { background: var(--ink); color: #fff; padding: 18px 32px; }
      header h1 { margin: 0; font-size: 22px; }
      header p { margin: 4px 0 0; color: #c5ccd3; }
      main { padding: 8px 32px 32px; max-width: 1400px; }
      h2 { border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 28px; }
      .cards { display: flex; flex-wrap: wrap; gap: 12px; }
      .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px;
              min-width: 150px; background: var(--bg); }
      .card .n { font-size: 26px; font-weight: 600; }
      .card.bad { border-color: var(--red); background: #fdecea; }
      .card.bad .n { color: var(--red); }
      table { border-collapse: collapse; }
      td, th { text-align: left; padding: 3px 12px 3px 0; vertical-align: top; }
      th { color: var(--muted); font-weight: 500; }
      .finding { border: 1px solid var(--line); border-left: 5px solid var(--amber);
                 border-radius: 6px; padding: 10px 16px; margin: 14px 0; }
      .finding.high { border-left-color: var(--red); }
      .finding h3 { margin: 0 0 4px; font-size: 15px; font-family: ui-monospace, monospace; }
      .meta { color: var(--muted); font-size: 12px; }
      .badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px;
               color: #fff; background: var(--amber); margin-right: 6px; }
      .badge.high { background: var(--red); }
      .threads { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr));
                 gap: 12px; margin-top: 8px; }
      .thread { background: var(--bg); border-radius: 6px; padding: 8px 12px; }
      .thread h4 { margin: 0 0 4px; }
      pre { margin: 4px 0 8px; font: 12px/1.4 ui-monospace, monospace; white-space: pre-wrap;
            word-break: break-all; }
      .muted { color: var(--muted); }
      .graph { border: 1px solid var(--line); border-radius: 8px; padding: 8px; overflow: auto;
               background: #fff; }
      .lock-graph .node rect { fill: #eef2f6; stroke: #5f6b7a; stroke-width: 1.2; }
      .lock-graph .node text { font: 12px ui-monospace, monospace; text-anchor: middle;
                               fill: var(--ink); }
      .lock-graph .node.cycle rect { fill: #fdecea; stroke: var(--red); stroke-width: 2.2; }
      .lock-graph .arc path { fill: none; stroke: #8a96a3; stroke-width: 1.4; }
      .lock-graph .arc.cycle path { stroke: var(--red); stroke-width: 2.8; }
      .lock-graph { display: block; margin: 0 auto; max-width: 100%; height: auto; }
      .lock-graph .arc text { font: 11px ui-monospace, monospace; fill: var(--red);
                              paint-order: stroke; stroke: #fff; stroke-width: 4px; }
      .legend span { margin-right: 18px; }
      .legend .swatch { display: inline-block; width: 22px; height: 4px; vertical-align: middle;
                        margin-right: 6px; background: #8a96a3; }
      .legend .swatch.cycle { background: var(--red); height: 5px; }
      """;

  private final StringBuilder out = new StringBuilder();

  /**
   * Writes the page for {@code report}.
   *
   * @param source where the report came from, shown in the title
   */
  public void render(Report report, String source, Writer writer) throws IOException {
    out.setLength(0);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Lockwatch report: ")
        .append(escape(source))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header><h1>Lockwatch report</h1><p>")
        .append(escape(source))
        .append("</p></header>\n<main>\n");
    summary(report);
    graph(report);
    deadlocks(report.observedDeadlocks());
    cycles(report.lockOrderCycles());
    races(report.unguardedFields());
    hazards(report.waitHazards());
    agentErrors(report.agentErrors());
    run(report.run());
    out.append("</main>\n</body>\n</html>\n");
    writer.write(out.toString());
    writer.flush();
  }

  private void summary(Report report) {
    Summary s = report.summary();
    out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    card("observed deadlocks", report.observedDeadlocks().size());
    card("lock-order cycles", report.lockOrderCycles().size());
    card("unguarded fields", report.unguardedFields().size());
    card("wait hazards", report.waitHazards().size());
    card("agent errors", s.agentErrors());
    out.append("</div>\n<table>\n");
    row("classes instrumented", String.valueOf(s.classesInstrumented()));
    row("locks seen", String.valueOf(s.locksSeen()));
    row("acquisitions", String.valueOf(s.acquisitions()));
    row("lock-order edges", String.valueOf(s.edges()));
    row("cycles found", String.valueOf(s.cyclesFound()));
    StringBuilder filtered = new StringBuilder();
    s.cyclesFiltered()
        .forEach(
            (filter, n) ->
                filtered.append(filtered.length() == 0 ? "" : ", ").append(filter + " " + n));
    row("cycles filtered", filtered.length() == 0 ? "none" : filtered.toString());
    row("cycles reported", String.valueOf(s.cyclesReported()));
    out.append("</table>\n</section>\n");
  }

  private void card(String label, long n) {
    out.append("<div class=\"card")
        .append(n > 0 ? " bad" : "")
        .append("\"><div class=\"n\">")
        .append(n)
        .append("</div><div>")
        .append(escape(label))
        .append("</div></div>\n");
  }

  private void row(String name, String value) {
    out.append("<tr><th>")
        .append(escape(name))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>\n");
  }

  private void graph(Report report) {
    out.append("<section id=\"graph\">\n<h2>Lock-order graph</h2>\n")
        .append("<p class=\"legend\"><span><i class=\"swatch\"></i>lock order seen</span>")
        .append("<span><i class=\"swatch cycle\"></i>part of a reported cycle</span>")
        .append("<span class=\"muted\">hover an arrow for its sites</span></p>\n")
        .append("<div class=\"graph\">\n")
        .append(new SvgLockGraph().draw(LockGraph.of(report)))
        .append("</div>\n</section>\n");
  }

  private void deadlocks(List<ObservedDeadlock> deadlocks) {
    if (deadlocks.isEmpty()) {
      return;
    }
    section("deadlocks", "Observed deadlocks", deadlocks.size());
    for (ObservedDeadlock deadlock : deadlocks) {
      open(deadlock.severity(), "Deadlock of " + deadlock.threads().size() + " threads");
      meta(deadlock.severity(), "seen by " + deadlock.detectedBy(), deadlock.fingerprint());
      out.append("<div class=\"threads\">\n");
      for (ObservedDeadlock.DeadlockedThread thread : deadlock.threads()) {
        out.append("<div class=\"thread\"><h4>Thread ")
            .append(escape(thread.name()))
            .append("</h4>\n<p>holds ")
            .append(
                escape(thread.holds().isEmpty() ? "nothing" : String.join(", ", thread.holds())))
            .append("; waits for ")
            .append(escape(thread.waitsFor()))
            .append("</p>\n");
        stack("stack", thread.stack());
        out.append("</div>\n");
      }
      out.append("</div>\n</article>\n");
    }
    out.append("</section>\n");
  }

  private void cycles(List<LockOrderCycle> cycles) {
    if (cycles.isEmpty()) {
      return;
    }
    section("cycles", "Lock-order cycles (potential deadlocks)", cycles.size());
    for (LockOrderCycle cycle : cycles) {
      Map<Integer, String> names = new HashMap<>();
      for (LockDescription lock : cycle.locks()) {
        names.put(lock.id(), lock.name());
      }
      open(cycle.severity(), cycle.chain());
      meta(
          cycle.severity(),
          cycle.kind() + (cycle.occurrences() > 1 ? ", " + cycle.occurrences() + " instances" : ""),
          cycle.fingerprint());
      out.append("<ol>\n");
      cycle.scenario().forEach(line -> out.append("<li>").append(escape(line)).append("</li>\n"));
      out.append("</ol>\n<div class=\"threads\">\n");
      for (CycleEdge edge : cycle.edges()) {
        out.append("<div class=\"thread\"><h4>Thread ")
            .append(escape(edge.thread()))
            .append("</h4>\n<p>holds <b>")
            .append(escape(names.getOrDefault(edge.from(), "lock " + edge.from())))
            .append("</b> (taken at ")
            .append(escape(edge.heldAt().fileAndLine()))
            .append("), then takes <b>")
            .append(escape(names.getOrDefault(edge.to(), "lock " + edge.to())))
            .append("</b> at ")
            .append(escape(edge.acquiredAt().fileAndLine()))
            .append(" (")
            .append(escape(edge.acquiredMode()))
            .append(")</p>\n");
        if (edge.locksHeld().size() > 1) {
          out.append("<p class=\"meta\">locks held: ")
              .append(escape(String.join(", ", edge.locksHeld())))
              .append("</p>\n");
        }
        stack("stack when the held lock was taken", edge.heldStack());
        stack("stack when the next lock was taken", edge.acquiredStack());
        out.append("</div>\n");
      }
      out.append("</div>\n</article>\n");
    }
    out.append("</section>\n");
  }

  private void races(List<UnguardedField> fields) {
    if (fields.isEmpty()) {
      return;
    }
    section("races", "Unguarded fields (data races)", fields.size());
    for (UnguardedField field : fields) {
      open(field.severity(), field.field());
      meta(
          field.severity(),
          field.observedRace()
              ? "observed race: the accesses were unordered in this run"
              : "predicted by lockset: no common lock",
          field.fingerprint());
      out.append("<div class=\"threads\">\n");
      for (UnguardedField.FieldAccess access : field.accesses()) {
        out.append("<div class=\"thread\"><h4>")
            .append(escape(access.kind()))
            .append(" by thread ")
            .append(escape(access.thread()))
            .append("</h4>\n<p>at ")
            .append(escape(access.site().fileAndLine()))
            .append(", holding ")
            .append(
                escape(
                    access.locksHeld().isEmpty()
                        ? "no lock"
                        : String.join(", ", access.locksHeld())))
            .append("</p>\n");
        stack("stack", access.stack());
        out.append("</div>\n");
      }
      out.append("</div>\n</article>\n");
    }
    out.append("</section>\n");
  }

  private void hazards(List<WaitHazard> hazards) {
    if (hazards.isEmpty()) {
      return;
    }
    section("hazards", "Wait hazards (waiting while holding a lock)", hazards.size());
    for (WaitHazard hazard : hazards) {
      open(hazard.severity(), hazard.waitKind() + " at " + hazard.waitSite().fileAndLine());
      meta(hazard.severity(), "thread " + hazard.thread(), hazard.fingerprint());
      out.append("<div class=\"threads\"><div class=\"thread\"><p>waits in ")
          .append(escape(hazard.waitKind()))
          .append(" while holding <b>")
          .append(escape(hazard.lockHeld()))
          .append("</b>, taken at ")
          .append(escape(hazard.heldAt().fileAndLine()))
          .append("</p>\n");
      stack("stack", hazard.stack());
      out.append("</div></div>\n</article>\n");
    }
    out.append("</section>\n");
  }

  private void agentErrors(List<AgentError> errors) {
    if (errors.isEmpty()) {
      return;
    }
    section("agent-errors", "Agent errors", errors.size());
    out.append("<table>\n<tr><th>kind</th><th>where</th><th>message</th><th>count</th></tr>\n");
    for (AgentError error : errors) {
      out.append("<tr><td>")
          .append(escape(error.kind()))
          .append("</td><td>")
          .append(escape(error.where()))
          .append("</td><td>")
          .append(escape(error.message()))
          .append("</td><td>")
          .append(error.count())
          .append("</td></tr>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private void run(RunInfo run) {
    out.append("<section id=\"run\">\n<h2>Run</h2>\n<table>\n");
    row("command", run.command() == null ? "" : run.command());
    row("pid", String.valueOf(run.pid()));
    row(
        "Java",
        run.javaVersion() + (run.javaVendor() == null ? "" : " (" + run.javaVendor() + ")"));
    row("agent", run.agentVersion());
    row("started", run.startedAt());
    row("ended", run.endedAt() + " (" + run.reason() + ")");
    run.options().forEach((key, value) -> row("option " + key, value));
    out.append("</table>\n</section>\n");
  }

  private void section(String id, String title, int count) {
    out.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(escape(title))
        .append(" (")
        .append(count)
        .append(")</h2>\n");
  }

  private void open(String severity, String title) {
    out.append("<article class=\"finding ")
        .append(escape(severity))
        .append("\">\n<h3>")
        .append(escape(title))
        .append("</h3>\n");
  }

  private void meta(String severity, String what, String fingerprint) {
    out.append("<p class=\"meta\"><span class=\"badge ")
        .append(escape(severity))
        .append("\">")
        .append(escape(severity))
        .append("</span>")
        .append(escape(what))
        .append(" &middot; fingerprint <code>")
        .append(escape(fingerprint))
        .append("</code></p>\n");
  }

  private void stack(String title, List<Site> frames) {
    out.append("<div class=\"meta\">").append(escape(title)).append("</div>\n<pre>");
    if (frames.isEmpty()) {
      out.append("(no stack recorded)");
    }
    for (Site frame : frames) {
      out.append("at ").append(escape(frame.asFrame())).append('\n');
    }
    out.append("</pre>\n");
  }
}
