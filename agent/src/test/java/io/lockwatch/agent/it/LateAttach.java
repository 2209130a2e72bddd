package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.tools.attach.VirtualMachine;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.RunningJvm;
import io.lockwatch.testkit.TestPaths;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs a program that prints {@code ready} and waits for a line, attaches the real jar to it
 * meanwhile, lets it go on and returns the report it leaves.
 */
final class LateAttach {
  private LateAttach() {}

  static Report run(Class<?> program, Path dir, Duration limit) throws Exception {
    Path reportFile = dir.resolve("attached.json");
    try (RunningJvm jvm = AgentJvm.of(program).withoutAgent().in(dir).start()) {
      jvm.awaitOutput("ready", limit);
      VirtualMachine vm = VirtualMachine.attach(Long.toString(jvm.pid()));
      try {
        vm.loadAgent(TestPaths.agentJar().toString(), "report=" + reportFile);
      } finally {
        vm.detach();
      }
      jvm.send("go\n");
      AgentJvmResult run = jvm.awaitExit(limit);
      assertThat(run.exitCode()).isZero();
      assertThat(run.stdout()).contains("done");
    }
    return ReportJson.read(reportFile);
  }
}
