package io.lockwatch.report.cli;

import io.lockwatch.report.model.Report;
import io.lockwatch.report.render.DotRenderer;
import io.lockwatch.report.render.HtmlRenderer;
import io.lockwatch.report.render.SarifRenderer;
import io.lockwatch.report.render.SourceRootPaths;
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
        "Where the source files are (repeatable): SARIF paths are the files found there,"
            + " relative to the current directory, so that code scanning finds them (a site no"
            + " root has, such as a JDK frame, gets no path); HTML shows their lines beside each"
            + " site. By default src/main/java and src/test/java, here and in each direct"
            + " subdirectory."
      })
  List<String> sourceRoots = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Report report = inputs.report();
    StringWriter text = new StringWriter();
    switch (format) {
      case SARIF ->
          new SarifRenderer(SourceRootPaths.of(roots(), Path.of(""))).render(report, text);
      case HTML ->
          new HtmlRenderer(
                  HtmlRenderer.sourceFiles(roots(), Path.of("")), Provenance.of(inputs.byLabel()))
              .render(report, inputs.describe(), text);
      case DOT -> new DotRenderer().render(report, text);
    }
    OutputFile.write(output, text.toString(), out());
    return ExitCodes.OK;
  }

  private List<Path> roots() {
    return sourceRoots.stream().map(Path::of).toList();
  }
}
