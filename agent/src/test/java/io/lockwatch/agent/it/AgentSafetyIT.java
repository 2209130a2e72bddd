package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.tools.attach.VirtualMachine;
import io.lockwatch.report.model.Report;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The agent never breaks, hangs or misleads the program it watches, and attaches late. */
class AgentSafetyIT {
  @TempDir Path dir;

  @Test
  void sixty_four_threads_in_random_lock_orders_finish() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, "report=r.json", "lockwatch.it.programs.RandomOrderStress");
    assertThat(jvm.waitFor(120)).isZero();
    assertThat(jvm.stdout()).contains("stress done true");
    Report report = ChildJvm.report(dir.resolve("r.json"));
    assertThat(report.summary().acquisitions()).isGreaterThan(500_000);
    assertThat(report.agentErrors()).noneMatch(e -> e.kind().equals("hook"));
  }

  @Test
  void attaching_to_a_running_jvm_retransforms_loaded_classes() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, null, "lockwatch.it.programs.AttachTarget");
    jvm.awaitOutput("ready", 30);
    long pid = jvm.process.pid();
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    try {
      vm.loadAgent(ChildJvm.AGENT_JAR.toString(), "report=" + dir.resolve("attached.json"));
    } finally {
      vm.detach();
    }
    try (OutputStream in = jvm.process.getOutputStream()) {
      in.write("go\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(jvm.waitFor(30)).isZero();
    assertThat(jvm.stdout()).contains("done");
    Report report = ChildJvm.report(dir.resolve("attached.json"));
    assertThat(report.lockOrderCycles()).hasSize(1);
    assertThat(report.lockOrderCycles().get(0).edges())
        .allSatisfy(e -> assertThat(e.acquiredAt().className()).endsWith("AttachTarget$Worker"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"races=off", "races=on"})
  void instrumented_synchronized_blocks_stay_balanced_so_the_jit_compiles_them(String races)
      throws Exception {
    ChildJvm jvm =
        ChildJvm.startWithJvmOptions(
            dir, "report=r.json," + races, "lockwatch.it.programs.MonitorsEverywhere", "-Xlog:monitormismatch=info");
    assertThat(jvm.waitFor(60)).isZero();
    assertThat(jvm.stdout()).contains("counted true").doesNotContainIgnoringCase("mismatch");
    assertThat(jvm.stderr()).doesNotContainIgnoringCase("mismatch");
  }

  @Test
  void classes_of_a_loader_that_cannot_see_the_application_class_path_are_watched() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, "report=r.json", "lockwatch.it.programs.IsolatedLoader");
    assertThat(jvm.waitFor(30)).isZero();
    assertThat(jvm.stdout()).contains("isolated done");
    Report report = ChildJvm.report(dir.resolve("r.json"));
    assertThat(report.lockOrderCycles()).hasSize(1);
    assertThat(report.agentErrors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bogus=1",
        "report=",
        "stackDepth=many",
        "stackDepth=0",
        "quiet=maybe",
        "races=sometimes",
        "onDeadlock=panic",
        "include=com.example,exclude=com.example",
        "include=com..example;;",
        "report",
        "report=a,report=b"
      })
  void bad_options_stop_the_jvm_at_start_with_one_line(String options) throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, options, "lockwatch.it.programs.Quiet");
    assertThat(jvm.waitFor(30)).isEqualTo(2);
    assertThat(jvm.stdout()).isEmpty();
    String key = options.split("[=,]")[0];
    assertThat(jvm.stderr().lines().filter(l -> !l.contains("Sharing is only supported")))
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("[lockwatch] ERROR").contains("'" + key + "'"));
  }
}
