package io.lockwatch.maven;

import static io.lockwatch.maven.Parameters.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareAgentMojoTest {
  @TempDir Path dir;

  private final MavenProject project = new MavenProject();
  private final Parameters.Lines log = new Parameters.Lines();
  private File agentJar;
  private File destFile;

  @BeforeEach
  void artifacts() {
    agentJar = dir.resolve("repo/lockwatch-agent-0.1.0.jar").toFile();
    destFile = dir.resolve("build/lockwatch/lockwatch-%p.json").toFile();
  }

  /** The mojo as Maven configures it by default: only the project and the plugin's agent jar. */
  private PrepareAgentMojo mojo() {
    Artifact agent =
        new DefaultArtifact(
            "io.lockwatch",
            "lockwatch-agent",
            "0.1.0",
            "runtime",
            "jar",
            null,
            new DefaultArtifactHandler("jar"));
    agent.setFile(agentJar);
    PrepareAgentMojo mojo = new PrepareAgentMojo();
    set(mojo, "project", project);
    set(mojo, "pluginArtifactMap", Map.of(PrepareAgentMojo.AGENT_KEY, agent));
    set(mojo, "propertyName", "argLine");
    set(mojo, "destFile", destFile);
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void the_agent_options_go_after_what_the_named_property_held() throws Exception {
    String jacoco = "-javaagent:/repo/jacoco.jar=destfile=/t/jacoco.exec";
    project.getProperties().setProperty("failsafeArgLine", jacoco);
    File unitTests = dir.resolve("build/lockwatch-it/it-%p.json").toFile();
    PrepareAgentMojo mojo = mojo();
    set(mojo, "propertyName", "failsafeArgLine");
    set(mojo, "destFile", unitTests);
    set(mojo, "races", "predict");
    set(mojo, "include", "com.example");
    set(mojo, "exclude", "com.example.generated;com.example.vendor");
    set(mojo, "options", "quiet=true,stackDepth=32");

    mojo.execute();

    String expected =
        jacoco
            + " -javaagent:"
            + agentJar.getAbsolutePath()
            + "=report="
            + unitTests.getAbsolutePath()
            + ",races=predict,include=com.example,exclude=com.example.generated;com.example.vendor"
            + ",quiet=true,stackDepth=32";
    assertThat(project.getProperties().getProperty("failsafeArgLine")).isEqualTo(expected);
    assertThat(project.getProperties().getProperty("argLine")).isNull();
    assertThat(log.lines).contains("[INFO] failsafeArgLine set to " + expected);
  }

  @Test
  void by_default_argLine_gets_the_jar_and_the_report_alone() throws Exception {
    mojo().execute();

    assertThat(project.getProperties().getProperty("argLine"))
        .isEqualTo(
            "-javaagent:" + agentJar.getAbsolutePath() + "=report=" + destFile.getAbsolutePath());
  }

  @Test
  void skip_leaves_the_property_and_the_old_reports_as_they_were() throws Exception {
    project.getProperties().setProperty("argLine", "-Xmx1g");
    Path old = report("lockwatch-42.json");
    PrepareAgentMojo mojo = mojo();
    set(mojo, "skip", true);

    mojo.execute();

    assertThat(project.getProperties().getProperty("argLine")).isEqualTo("-Xmx1g");
    assertThat(old).exists();
    assertThat(log.lines).containsExactly("[INFO] Skipping Lockwatch: lockwatch.skip is true");
  }

  @Test
  void the_reports_a_previous_build_left_are_deleted_unless_appended_to() throws Exception {
    Path old = report("lockwatch-42.json");
    Path baseline = report("lockwatch-baseline.json");

    PrepareAgentMojo appending = mojo();
    set(appending, "append", true);
    appending.execute();
    assertThat(old).exists();

    mojo().execute();
    assertThat(old).doesNotExist();
    assertThat(baseline).exists();
    assertThat(log.lines).contains("[INFO] Deleted 1 Lockwatch report(s) of a previous build");
  }

  @Test
  void a_plugin_without_the_agent_jar_says_so() {
    PrepareAgentMojo mojo = mojo();
    set(mojo, "pluginArtifactMap", Map.of());

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("io.lockwatch:lockwatch-agent");
    assertThat(project.getProperties().getProperty("argLine")).isNull();
  }

  private Path report(String name) throws IOException {
    Path file = destFile.toPath().resolveSibling(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "{}");
  }
}
