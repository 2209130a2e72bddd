package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import io.lockwatch.report.check.RaceVerdict;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.report.render.LockLabels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail of one finding: what happens in words, its threads side by side with the source of
 * each site and folded stacks, the cycle's subgraph, and how to fix it.
 */
final class FindingDetail {
  private static final Pattern LOCK_WORD =
      Pattern.compile("field [\\w.$]+\\.(\\w+)|local variable (\\w+)|\\((this)\\)");

  private final SourceExcerpt sources;
  private final StackView stacks;
  private final GraphSection graph;

  FindingDetail(SourceExcerpt sources, StackView stacks, GraphSection graph) {
    this.sources = sources;
    this.stacks = stacks;
    this.graph = graph;
  }

  /** The {@code <article>} of {@code row}. */
  String html(FindingRow row) {
    StringBuilder out = new StringBuilder();
    out.append("<article class=\"finding ")
        .append(escape(row.severity()))
        .append("\" id=\"")
        .append(row.anchor())
        .append("\">\n<header><h3>")
        .append(escape(row.title()))
        .append("</h3>\n<p class=\"meta\">")
        .append(FindingsTable.badges(row))
        .append(" <span class=\"kind\">")
        .append(escape(row.kind().label() + ", " + row.variant()))
        .append("</span>");
    if (row.finding() instanceof LockOrderCycle cycle && cycle.occurrences() > 1) {
      out.append(" &middot; ").append(cycle.occurrences()).append(" lock instances");
    }
    out.append(" &middot; fingerprint <code>")
        .append(escape(row.fingerprint()))
        .append("</code> &middot; <a href=\"#findings\">back to the table</a></p>\n");
    out.append("<p class=\"meta\">tests: ")
        .append(FindingsTable.list(row.tests(), "unknown"))
        .append(" &middot; seen in: ")
        .append(FindingsTable.list(row.seenIn(), "this report"))
        .append("</p>\n</header>\n");
    switch (row.kind()) {
      case DEADLOCKS -> deadlock(out, (ObservedDeadlock) row.finding());
      case CYCLES -> cycle(out, (LockOrderCycle) row.finding(), row.anchor());
      case RACES -> race(out, (UnguardedField) row.finding());
      case HAZARDS -> hazard(out, (WaitHazard) row.finding());
    }
    return out.append(FixAdvice.html(row)).append("</article>\n").toString();
  }

  private void cycle(StringBuilder out, LockOrderCycle cycle, String anchor) {
    Map<Integer, LockDescription> locks = new HashMap<>();
    cycle.locks().forEach(l -> locks.put(l.id(), l));
    story(
        out,
        cycle.edges().size()
            + " threads take the same locks in a cyclic order. If they run at the same time, each"
            + " holds one lock and waits for the next one: "
            + (cycle.kind().equals("stall") ? "a stall until a timeout." : "a deadlock."),
        cycle.scenario());
    if (cycle.detail() != null && !cycle.detail().isEmpty()) {
      out.append("<p class=\"detail\">").append(escape(cycle.detail())).append("</p>\n");
    }
    if (cycle.confirmation() != null) {
      out.append("<p class=\"detail\">Confirm run: <strong>")
          .append(escape(cycle.confirmation().status()))
          .append("</strong>")
          .append(
              cycle.confirmation().detail() == null
                  ? ""
                  : " &middot; " + escape(cycle.confirmation().detail()))
          .append("</p>\n");
    }
    out.append(graph.cycleSvg(cycle.fingerprint(), anchor));
    columns(out, cycle.edges().size());
    for (CycleEdge edge : cycle.edges()) {
      LockDescription held = locks.get(edge.from());
      LockDescription next = locks.get(edge.to());
      out.append("<div class=\"thread\"><h4>Thread ")
          .append(escape(edge.thread()))
          .append("</h4>\n");
      step(out, "1. holds " + name(held) + ", taken at " + edge.heldAt().fileAndLine());
      out.append(sources.of(edge.heldAt(), lockWord(held)));
      step(
          out,
          "2. then takes "
              + name(next)
              + " at "
              + edge.acquiredAt().fileAndLine()
              + " ("
              + edge.acquiredMode()
              + ")");
      out.append(sources.of(edge.acquiredAt(), lockWord(next)));
      if (edge.locksHeld().size() > 1) {
        out.append("<p class=\"meta\">all locks held: ")
            .append(escape(String.join(", ", edge.locksHeld())))
            .append("</p>\n");
      }
      out.append(stacks.of("stack when it took " + label(next), edge.acquiredStack()));
      out.append(stacks.of("stack when it took " + label(held), edge.heldStack()));
      out.append("</div>\n");
    }
    out.append("</div>\n");
  }

  private void race(StringBuilder out, UnguardedField field) {
    String word = field.field().substring(field.field().lastIndexOf('.') + 1);
    story(
        out,
        (field.observedRace()
                ? "In this run these accesses to the field happened with nothing ordering them"
                    + " (no common lock, no happens-before): a data race."
                : "Predicted race: this run ordered these accesses only by "
                    + RaceVerdict.orderedBy(field)
                    + ", and that order was incidental, so a correct reordering of the same run"
                    + " has them side by side (races=predict, WCP: no false alarms).")
            + " A reader may see a stale or half-updated value; concurrent updates may be lost.",
        List.of());
    if (!field.observedRace()) {
      prediction(out, field);
    }
    columns(out, field.accesses().size());
    for (UnguardedField.FieldAccess access : field.accesses()) {
      out.append("<div class=\"thread\"><h4>")
          .append(escape(access.kind()))
          .append(" by thread ")
          .append(escape(access.thread()))
          .append("</h4>\n");
      step(
          out,
          "at "
              + access.site().fileAndLine()
              + ", holding "
              + (access.locksHeld().isEmpty() ? "no lock" : String.join(", ", access.locksHeld())));
      out.append(sources.of(access.site(), word));
      out.append(stacks.of("stack", access.stack())).append("</div>\n");
    }
    out.append("</div>\n");
  }

  /** Which lock ordered the accesses in this run, and why that order does not protect them. */
  private static void prediction(StringBuilder out, UnguardedField field) {
    UnguardedField.Prediction prediction = field.prediction();
    out.append("<section class=\"prediction\"><h4>Why it is predicted</h4>\n<dl>\n")
        .append("<dt>ordered in this run by</dt><dd>")
        .append(escape(RaceVerdict.orderedBy(field)))
        .append("</dd>\n<dt>why that order is incidental</dt><dd>")
        .append(
            escape(
                prediction == null || prediction.reason() == null
                    ? "not given (a report from an older agent)"
                    : prediction.reason()))
        .append("</dd>\n</dl>\n</section>\n");
  }

  private void hazard(StringBuilder out, WaitHazard hazard) {
    String lock = LockLabels.ofLock(hazard.lockHeld(), null);
    story(
        out,
        "Thread '"
            + hazard.thread()
            + "' waits in "
            + hazard.waitKind()
            + " at "
            + hazard.waitSite().fileAndLine()
            + " while it holds "
            + lock
            + " (taken at "
            + hazard.heldAt().fileAndLine()
            + "). Waiting does not release "
            + lock
            + ": a thread that needs it to wake this one up blocks too.",
        List.of());
    columns(out, 2);
    String waitWord = hazard.waitKind().substring(hazard.waitKind().lastIndexOf('.') + 1);
    out.append("<div class=\"thread\"><h4>Thread ")
        .append(escape(hazard.thread()))
        .append("</h4>\n");
    step(out, "1. takes " + hazard.lockHeld() + " at " + hazard.heldAt().fileAndLine());
    out.append(sources.of(hazard.heldAt(), wordOf(hazard.lockHeld())));
    step(out, "2. waits in " + hazard.waitKind() + " at " + hazard.waitSite().fileAndLine());
    out.append(sources.of(hazard.waitSite(), waitWord)).append("</div>\n");
    out.append("<div class=\"thread\">")
        .append(stacks.of("stack while waiting", hazard.stack()))
        .append("</div>\n</div>\n");
  }

  private void deadlock(StringBuilder out, ObservedDeadlock deadlock) {
    story(
        out,
        "These "
            + deadlock.threads().size()
            + " threads were blocked for good in this run: each"
            + " holds a lock that another one waits for. Seen by the "
            + (deadlock.detectedBy().equals("jvm") ? "JVM's deadlock detector." : "agent."),
        List.of());
    if (deadlock.confirms() != null) {
      out.append("<p class=\"detail\">A confirm run steered the threads into it: it confirms the")
          .append(" predicted lock-order cycle <code>")
          .append(escape(deadlock.confirms()))
          .append("</code>.</p>\n");
    }
    columns(out, deadlock.threads().size());
    for (ObservedDeadlock.DeadlockedThread thread : deadlock.threads()) {
      out.append("<div class=\"thread\"><h4>Thread ")
          .append(escape(thread.name()))
          .append("</h4>\n");
      step(
          out,
          "holds "
              + (thread.holds().isEmpty() ? "nothing" : String.join(", ", thread.holds()))
              + "; waits for "
              + thread.waitsFor());
      Site top = StackFrames.firstApplicationFrame(thread.stack());
      out.append(sources.of(top, wordOf(thread.waitsFor())));
      out.append(stacks.of("stack", thread.stack())).append("</div>\n");
    }
    out.append("</div>\n");
  }

  private static void story(StringBuilder out, String summary, List<String> lines) {
    out.append("<section class=\"story\"><h4>What happens</h4><p>")
        .append(escape(summary))
        .append("</p>\n");
    if (!lines.isEmpty()) {
      out.append("<ol>\n");
      lines.forEach(line -> out.append("<li>").append(escape(line)).append("</li>\n"));
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private static void columns(StringBuilder out, int threads) {
    out.append("<div class=\"threads\" style=\"--columns: ")
        .append(Math.max(1, Math.min(threads, 3)))
        .append("\">\n");
  }

  private static void step(StringBuilder out, String text) {
    out.append("<p class=\"step\">").append(escape(text)).append("</p>\n");
  }

  private static String name(LockDescription lock) {
    return lock == null ? "an unknown lock" : lock.name();
  }

  private static String label(LockDescription lock) {
    return lock == null ? "the lock" : LockLabels.ofLock(lock.name(), lock.type());
  }

  private static String lockWord(LockDescription lock) {
    return lock == null ? null : wordOf(lock.name());
  }

  /** The word naming a lock in source: its field, its local variable, or {@code this}. */
  static String wordOf(String readableName) {
    if (readableName == null) {
      return null;
    }
    Matcher m = LOCK_WORD.matcher(readableName);
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }
}
