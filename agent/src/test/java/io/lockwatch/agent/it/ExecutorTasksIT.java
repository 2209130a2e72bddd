package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.ExecutorTasks;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Executors keep the application's own task objects, and the agent's look at them never throws. */
class ExecutorTasksIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  /** A pool subclass with a method mentioning an optional class that is absent at run time. */
  private static final String POOL_APP =
      """
      package demo;

      import java.util.concurrent.CountDownLatch;
      import java.util.concurrent.LinkedBlockingQueue;
      import java.util.concurrent.ThreadPoolExecutor;
      import java.util.concurrent.TimeUnit;

      public class PoolApp {
        static class MyPool extends ThreadPoolExecutor {
          MyPool() {
            super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
          }

          public void configure(Optional1 option) {}
        }

        public static void main(String[] args) throws Exception {
          MyPool pool = new MyPool();
          CountDownLatch latch = new CountDownLatch(1);
          pool.execute(latch::countDown);
          pool.submit(() -> 1).get();
          latch.await();
          pool.shutdown();
          System.out.println("ok");
        }
      }
      """;

  private static final String OPTIONAL = "package demo; public class Optional1 {}";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"races=on", "races=off", "jdk=off"})
  void remove_get_queue_and_shutdown_now_see_the_applications_own_tasks(String options) {
    AgentJvmResult run =
        AgentJvm.of(ExecutorTasks.class).agentOptions(options).in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout())
        .contains("remove true")
        .contains("queue true")
        .contains("shutdownNow true 1")
        .contains("terminated true")
        .contains("single true")
        .contains("read 42")
        .doesNotContain("ran removed");
    assertThat(run.report().agentErrors()).isEmpty();
  }

  @Test
  void a_field_written_before_execute_and_read_by_the_task_is_no_race() {
    AgentJvmResult run = AgentJvm.of(ExecutorTasks.class).in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.report().unguardedFields())
        .extracting(UnguardedField::field)
        .doesNotContain(ExecutorTasks.class.getName() + ".published");
  }

  @Test
  void a_pool_subclass_mentioning_an_absent_class_runs_as_without_the_agent() throws Exception {
    Path classes = compilePoolApp();
    AgentJvmResult plain =
        AgentJvm.of("demo.PoolApp").classPath(classes).withoutAgent().in(dir).named("plain").run();
    assertThat(plain.exitCode()).as(plain.stderr()).isZero();
    AgentJvmResult watched =
        AgentJvm.of("demo.PoolApp")
            .classPath(classes)
            .in(dir)
            .named("watched")
            .timeout(LIMIT)
            .run();
    assertThat(watched.exitCode()).as(watched.stderr()).isZero();
    assertThat(watched.stdout()).isEqualTo(plain.stdout()).isEqualTo("ok\n");
    Report report = watched.report();
    assertThat(report.agentErrors())
        .as("the failed look at the subclass is counted, not thrown")
        .anySatisfy(e -> assertThat(e.message()).contains("Optional1"));
  }

  private Path compilePoolApp() throws Exception {
    Path source = dir.resolve("src/demo");
    Files.createDirectories(source);
    Files.writeString(source.resolve("PoolApp.java"), POOL_APP, StandardCharsets.UTF_8);
    Files.writeString(source.resolve("Optional1.java"), OPTIONAL, StandardCharsets.UTF_8);
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments =
        List.of(
            "-d",
            classes.toString(),
            source.resolve("PoolApp.java").toString(),
            source.resolve("Optional1.java").toString());
    assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).isZero();
    Files.delete(classes.resolve("demo/Optional1.class")); // the optional dependency is absent
    return classes;
  }
}
