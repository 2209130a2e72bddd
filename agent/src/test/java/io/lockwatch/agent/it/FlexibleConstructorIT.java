package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java 25 flexible constructor bodies (JEP 513): a constructor that assigns a field before {@code
 * super()}. Compiled with {@code javac --release 25} and run on that JDK, once plainly and once
 * under the agent jar: the program must behave the same. Skipped when no JDK 25 is installed (set
 * {@code lockwatch.test.jdk25} to its home).
 */
class FlexibleConstructorIT {
  private static final Path JDK25 =
      Path.of(System.getProperty("lockwatch.test.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  private static final String SOURCE =
      """
      package demo;

      public class Flexible {
        abstract static class Base {
          Base() {
            System.out.println("base sees " + show());
          }

          abstract String show();
        }

        static final class Point extends Base {
          int x;

          Point(int v) {
            if (v < 0) {
              throw new IllegalArgumentException("negative");
            }
            x = v;
            super();
            x = x + 1;
          }

          @Override
          String show() {
            return "x=" + x;
          }
        }

        public static void main(String[] args) {
          System.out.println("point " + new Point(3).show());
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void a_field_stored_before_super_runs_the_same_under_the_agent_as_without() throws Exception {
    Path javac = JDK25.resolve("bin/javac");
    assumeTrue(Files.isExecutable(javac), "no JDK 25 at " + JDK25 + ": test skipped");
    Path classes = compile(javac);
    String java = JDK25.resolve("bin/java").toString();

    AgentJvmResult plain =
        AgentJvm.of("demo.Flexible")
            .classPath(classes)
            .java(Path.of(java))
            .withoutAgent()
            .in(dir)
            .named("plain")
            .run();
    assertThat(plain.exitCode()).as(plain.stderr()).isZero();
    AgentJvmResult watched =
        AgentJvm.of("demo.Flexible")
            .classPath(classes)
            .java(Path.of(java))
            .in(dir)
            .named("watched")
            .run();
    assertThat(watched.exitCode()).as(watched.stderr()).isZero();

    assertThat(plain.stdout()).isEqualTo("base sees x=3\npoint x=4\n");
    assertThat(watched.stdout()).isEqualTo(plain.stdout());
    Report report = watched.report();
    assertThat(report.agentErrors()).isEmpty();
    assertThat(report.summary().fieldAccesses())
        .as("the accesses after super() are watched")
        .isPositive();
  }

  private Path compile(Path javac) throws Exception {
    Path source = dir.resolve("src/demo/Flexible.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
    Path classes = dir.resolve("classes");
    Process compiler =
        new ProcessBuilder(
                javac.toString(), "--release", "25", "-d", classes.toString(), source.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(compiler.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(compiler.waitFor(60, TimeUnit.SECONDS)).as("javac ends").isTrue();
    assertThat(compiler.exitValue()).as(output).isZero();
    return classes;
  }
}
