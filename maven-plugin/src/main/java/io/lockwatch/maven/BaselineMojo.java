package io.lockwatch.maven;

import io.lockwatch.report.check.Baseline;
import io.lockwatch.report.check.Findings;
import io.lockwatch.report.json.AtomicFiles;
import io.lockwatch.report.merge.ReportSet;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code baseline}: writes the fingerprints of every finding of the reports to the baseline file,
 * so that {@code check} fails only on new ones. Run it after the tests: {@code mvn verify
 * lockwatch:baseline -Dlockwatch.haltOnFailure=false}.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends ReportsGoal {
  /** The baseline file to write; {@code check} reads the same one by default. */
  @Parameter(
      property = "lockwatch.baseline",
      defaultValue = "${project.basedir}/lockwatch-baseline.json")
  private File baseline;

  @Override
  void execute(ReportSet reports) throws MojoExecutionException {
    Baseline accepted = Baseline.of(Findings.of(reports.report()));
    try {
      AtomicFiles.writeString(baseline.toPath(), accepted.toJson());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + baseline + ": " + e.getMessage(), e);
    }
    getLog()
        .info(
            "Wrote "
                + accepted.entries().size()
                + " fingerprints of "
                + reports.describe()
                + " to "
                + baseline);
  }
}
