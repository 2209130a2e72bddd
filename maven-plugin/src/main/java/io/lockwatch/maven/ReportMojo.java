package io.lockwatch.maven;

import io.lockwatch.report.json.AtomicFiles;
import io.lockwatch.report.merge.ReportSet;
import io.lockwatch.report.render.HtmlRenderer;
import io.lockwatch.report.render.SarifRenderer;
import io.lockwatch.report.render.SourceRootPaths;
import io.lockwatch.report.render.html.Provenance;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code report}: the merged reports as one HTML page ({@code target/site/lockwatch/index.html},
 * with the project's main and test sources beside each site) and as SARIF for code scanning ({@code
 * lockwatch.sarif} next to it, its paths relative to the project, found under the same source
 * roots).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends ReportsGoal {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where {@code index.html} and {@code lockwatch.sarif} go. */
  @Parameter(
      property = "lockwatch.outputDirectory",
      defaultValue = "${project.reporting.outputDirectory}/lockwatch")
  private File outputDirectory;

  @Override
  void execute(ReportSet reports) throws MojoExecutionException {
    List<Path> sourceRoots = new ArrayList<>();
    project.getCompileSourceRoots().forEach(r -> sourceRoots.add(Path.of(r)));
    project.getTestCompileSourceRoots().forEach(r -> sourceRoots.add(Path.of(r)));
    try {
      StringWriter html = new StringWriter();
      new HtmlRenderer(
              HtmlRenderer.sourceFiles(sourceRoots, project.getBasedir().toPath()),
              Provenance.of(reports.byLabel()))
          .render(reports.report(), reports.describe(), html);
      write("index.html", html.toString());

      StringWriter sarif = new StringWriter();
      new SarifRenderer(SourceRootPaths.under(sourceRoots, project.getBasedir().toPath()))
          .render(reports.report(), sarif);
      write("lockwatch.sarif", sarif.toString());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the Lockwatch report: " + e.getMessage(), e);
    }
    getLog().info("Lockwatch report: " + new File(outputDirectory, "index.html"));
  }

  private void write(String name, String content) throws IOException {
    AtomicFiles.writeString(outputDirectory.toPath().resolve(name), content);
  }
}
