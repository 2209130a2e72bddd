package io.lockwatch.maven;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.merge.ReportPaths;
import io.lockwatch.report.merge.ReportSet;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that read reports share: the directory the test JVMs wrote them to, read and
 * merged into one, and {@code skip}. A build that wrote no report (no tests ran) is skipped with a
 * line, as JaCoCo does.
 */
abstract class ReportsGoal extends AbstractMojo {
  /** The directory of the reports ({@code prepare-agent}'s {@code destFile} directory). */
  @Parameter(
      property = "lockwatch.reportDirectory",
      defaultValue = "${project.build.directory}/lockwatch")
  File reportDirectory;

  /** Skips the goal. */
  @Parameter(property = "lockwatch.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Lockwatch: lockwatch.skip is true");
      return;
    }
    ReportSet reports = read();
    if (reports != null) {
      execute(reports);
    }
  }

  /** Does the goal's work on the merged reports. */
  abstract void execute(ReportSet reports) throws MojoExecutionException, MojoFailureException;

  private ReportSet read() throws MojoExecutionException {
    if (!Files.isDirectory(reportDirectory.toPath())) {
      getLog().info("Skipping Lockwatch: no reports, " + reportDirectory + " does not exist");
      return null;
    }
    List<java.nio.file.Path> files;
    try {
      files = ReportPaths.expand(List.of(reportDirectory.toString()));
    } catch (ReportFormatException e) {
      getLog().info("Skipping Lockwatch: no reports in " + reportDirectory);
      return null;
    }
    try {
      return ReportSet.readFiles(files);
    } catch (ReportFormatException e) {
      throw new MojoExecutionException("Lockwatch cannot use a report: " + e.getMessage(), e);
    }
  }

  /** Logs each line of {@code text} at info level, or as errors when {@code asErrors}. */
  void log(String text, boolean asErrors) {
    text.lines()
        .forEach(
            line -> {
              if (asErrors) {
                getLog().error(line);
              } else {
                getLog().info(line);
              }
            });
  }
}
