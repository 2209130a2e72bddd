package io.lockwatch.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code prepare-agent}: sets the property {@code argLine} (Surefire's and Failsafe's) to the
 * {@code -javaagent:} option of the Lockwatch agent of the plugin's own version, after whatever it
 * held, so that every forked test JVM writes a report to {@code target/lockwatch/}.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public final class PrepareAgentMojo extends AbstractMojo {
  /** The agent artifact among the plugin's dependencies (its shaded jar). */
  static final String AGENT_KEY = "io.lockwatch:lockwatch-agent";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The plugin's own dependencies, by {@code groupId:artifactId}: the agent jar is one. */
  @Parameter(property = "plugin.artifactMap", readonly = true, required = true)
  private Map<String, Artifact> pluginArtifactMap;

  /** The property to set; a Surefire or Failsafe that reads another one gets it from here. */
  @Parameter(property = "lockwatch.propertyName", defaultValue = "argLine")
  private String propertyName;

  /** Where each JVM writes its report; {@code %p} becomes the process id. */
  @Parameter(
      property = "lockwatch.destFile",
      defaultValue = "${project.build.directory}/lockwatch/lockwatch-%p.json")
  private File destFile;

  /** The agent's {@code races} option: {@code on}, {@code predict} or {@code off}. */
  @Parameter(property = "lockwatch.races")
  private String races;

  /** The agent's {@code include} option: class-name prefixes to instrument, {@code ;} between. */
  @Parameter(property = "lockwatch.include")
  private String include;

  /** The agent's {@code exclude} option: prefixes never to instrument, {@code ;} between. */
  @Parameter(property = "lockwatch.exclude")
  private String exclude;

  /** Any other agent options, as the agent reads them: {@code quiet=true,stackDepth=32}. */
  @Parameter(property = "lockwatch.options")
  private String options;

  /**
   * {@code true} keeps the reports a previous build left in {@code destFile}'s directory, so that
   * {@code check} merges them with this build's; by default they are deleted, as a report of code
   * that has changed since would be checked again.
   */
  @Parameter(property = "lockwatch.append", defaultValue = "false")
  private boolean append;

  /** Skips the goal: the property stays as it was. */
  @Parameter(property = "lockwatch.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping Lockwatch: lockwatch.skip is true");
      return;
    }
    Artifact agent = pluginArtifactMap.get(AGENT_KEY);
    if (agent == null || agent.getFile() == null) {
      throw new MojoExecutionException(
          "The Lockwatch agent (" + AGENT_KEY + ") is not among the plugin's dependencies");
    }
    if (!append) {
      deleteOldReports();
    }
    Map<String, String> agentOptions = new LinkedHashMap<>();
    agentOptions.put("report", destFile.getAbsolutePath());
    agentOptions.put("races", races);
    agentOptions.put("include", include);
    agentOptions.put("exclude", exclude);
    agentOptions.put("", options);
    String option = AgentArgLine.javaagent(agent.getFile(), agentOptions);

    Properties properties = project.getProperties();
    String argLine = AgentArgLine.appended(properties.getProperty(propertyName), option);
    properties.setProperty(propertyName, argLine);
    getLog().info(propertyName + " set to " + argLine);
  }

  /** Deletes the files {@code destFile} names (any process id in place of {@code %p}). */
  private void deleteOldReports() throws MojoExecutionException {
    File directory = destFile.getAbsoluteFile().getParentFile();
    File[] old = directory.listFiles(f -> f.isFile() && ReportNames.matches(destFile, f));
    if (old == null) {
      return;
    }
    for (File file : old) {
      if (!file.delete()) {
        throw new MojoExecutionException("Cannot delete the old report " + file);
      }
    }
    if (old.length > 0) {
      getLog().info("Deleted " + old.length + " Lockwatch report(s) of a previous build");
    }
  }
}
