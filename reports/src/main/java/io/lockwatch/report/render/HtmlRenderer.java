package io.lockwatch.report.render;

import io.lockwatch.report.model.Report;
import io.lockwatch.report.render.html.HtmlPage;
import io.lockwatch.report.render.html.Provenance;
import io.lockwatch.report.render.html.SourceFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The HTML rendering: one self-contained page (see {@link HtmlPage}) with the findings table, the
 * drill-down by package and class, the per-test view, the lock-order graph laid out in layers, and
 * a detail per finding with source excerpts from {@code sources}.
 */
public final class HtmlRenderer {
  private final HtmlPage page;

  /** Without source excerpts, for a single report. */
  public HtmlRenderer() {
    this(SourceFiles.under(List.of()), Provenance.none());
  }

  /**
   * @param sources where to find the source files of sites
   * @param provenance which input (JVM) each finding of a merged report came from
   */
  public HtmlRenderer(SourceFiles sources, Provenance provenance) {
    this.page = new HtmlPage(sources, provenance);
  }

  /** The source roots to search: {@code roots}, or the Maven layout under {@code base}. */
  public static SourceFiles sourceFiles(List<Path> roots, Path base) {
    return roots.isEmpty() ? SourceFiles.mavenLayout(base) : SourceFiles.under(roots);
  }

  /**
   * Writes the page for {@code report}.
   *
   * @param source where the report came from, shown in the title
   */
  public void render(Report report, String source, Writer writer) throws IOException {
    writer.write(page.render(report, source));
    writer.flush();
  }
}
