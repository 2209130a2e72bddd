package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import io.lockwatch.report.model.Site;
import java.util.List;

/**
 * A stack as HTML: application frames shown, runs of JDK and test-framework frames folded into a
 * {@code <details>} that a click unfolds (no script needed), the innermost frame always shown.
 */
final class StackView {
  /** Runs shorter than this are not worth folding. */
  private static final int FOLD_FROM = 3;

  private final int stackDepth;

  /**
   * @param stackDepth the agent's {@code stackDepth}: a stack that long was cut, and the page says
   *     so; 0 when unknown
   */
  StackView(int stackDepth) {
    this.stackDepth = stackDepth;
  }

  /** The stack titled {@code title}, innermost frame first. */
  String of(String title, List<Site> stack) {
    StringBuilder out = new StringBuilder("<div class=\"stack\"><div class=\"stack-title\">");
    out.append(escape(title)).append("</div>\n");
    if (stack.isEmpty()) {
      return out.append("<p class=\"muted\">(no stack recorded)</p></div>\n").toString();
    }
    out.append("<ol class=\"frames\">");
    for (StackFrames.Run run : StackFrames.runs(stack)) {
      List<Site> frames = run.frames();
      int shown = 0;
      if (run.start() == 0 && run.origin() != StackFrames.Origin.APPLICATION) {
        // Where the thread blocked or waited, even inside the JDK.
        frame(out, frames.get(0), run.origin());
        shown = 1;
      }
      List<Site> rest = frames.subList(shown, frames.size());
      if (run.origin() == StackFrames.Origin.APPLICATION || rest.size() < FOLD_FROM) {
        rest.forEach(f -> frame(out, f, run.origin()));
      } else {
        out.append("<li class=\"fold\"><details><summary>")
            .append(rest.size())
            .append(' ')
            .append(run.origin().label())
            .append(" frames</summary><ol class=\"frames\">");
        rest.forEach(f -> frame(out, f, run.origin()));
        out.append("</ol></details></li>");
      }
    }
    out.append("</ol>\n");
    if (stackDepth > 0 && stack.size() >= stackDepth) {
      out.append("<p class=\"muted\">Cut at ")
          .append(stackDepth)
          .append(" frames: the agent's stackDepth option.</p>\n");
    }
    return out.append("</div>\n").toString();
  }

  private static void frame(StringBuilder out, Site frame, StackFrames.Origin origin) {
    out.append("<li class=\"")
        .append(origin == StackFrames.Origin.APPLICATION ? "app" : "lib")
        .append("\">at&nbsp;")
        .append(escape(frame.asFrame()))
        .append("</li>");
  }
}
