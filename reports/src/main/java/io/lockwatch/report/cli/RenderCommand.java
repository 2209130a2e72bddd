package io.lockwatch.report.cli;

import io.lockwatch.report.model.Report;
import io.lockwatch.report.render.DotRenderer;
import io.lockwatch.report.render.HtmlRenderer;
import io.lockwatch.report.render.SarifRenderer;
import io.lockwatch.report.render.html.Provenance;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code render}: SARIF, HTML or DOT. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders a report (several are merged first):",
      "  sarif  SARIF 2.1.0 for code scanning, one result per finding, a thread flow per thread;",
      "  html   one self-contained page: a findings table, a drill-down by package and class,",
      "         the tests, the lock-order graph (layered, zoomable) and each finding's threads",
      "         with folded stacks, source excerpts and how to fix it;",
      "  dot    the lock-order graph for Graphviz, cycles in red."
    })
final class RenderCommand extends ReportCommand {
  /** The output formats. */
  enum Format {
    SARIF,
    HTML,
    DOT
  }

  @Option(
      names = {"-f", "--format"},
      required = true,
      paramLabel = "FORMAT",
      description = "sarif, html or dot.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write; standard output when absent or '-'.")
  Path output;

  @Option(
      names = "--source-root",
      paramLabel = "PATH",
      description = {
        "SARIF: prefix of source paths relative to the repository root, e.g. src/main/java,"
            + " so that code scanning finds the files (the first one given).",
        "HTML: where to find the source files shown beside each site (repeatable); by default"
            + " src/main/java and src/test/java, here and in each direct subdirectory."
      })
  List<String> sourceRoots = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Report report = inputs.report();
    StringWriter text = new StringWriter();
    switch (format) {
      case SARIF ->
          new SarifRenderer(sourceRoots.isEmpty() ? null : sourceRoots.get(0)).render(report, text);
      case HTML ->
          new HtmlRenderer(
                  HtmlRenderer.sourceFiles(
                      sourceRoots.stream().map(Path::of).toList(), Path.of("")),
                  Provenance.of(inputs.byLabel()))
              .render(report, inputs.describe(), text);
      case DOT -> new DotRenderer().render(report, text);
    }
    OutputFile.write(output, text.toString(), out());
    return ExitCodes.OK;
  }
}
