package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the agent's answer to the probe is read, and the configurations without an agent jar. */
class AgentProbeTest {

  @TempDir Path dir;

  @Test
  void the_agent_unknown_option_line_is_the_reason_without_its_prefix() {
    assertThat(
            AgentProbe.rejection(
                2, "[lockwatch] ERROR unknown option 'races' (known: report, stackDepth)\nbye\n"))
        .contains("unknown option 'races' (known: report, stackDepth)");
  }

  @Test
  void a_probe_that_printed_its_line_and_exited_0_is_accepted() {
    assertThat(AgentProbe.rejection(0, "[lockwatch] report written\nPROBE ok\n")).isEmpty();
  }

  @Test
  void any_other_answer_is_a_rejection_with_the_exit_code_and_first_line() {
    assertThat(AgentProbe.rejection(1, "Error opening zip file or JAR manifest missing\nmore\n"))
        .contains("agent probe exited 1: Error opening zip file or JAR manifest missing");
    assertThat(AgentProbe.rejection(0, "nothing\n")).contains("agent probe exited 0: nothing");
    assertThat(AgentProbe.rejection(2, "PROBE ok\n")).contains("agent probe exited 2: PROBE ok");
  }

  @Test
  void without_an_agent_jar_only_plain_runs() throws Exception {
    Path missing = dir.resolve("lockwatch-agent.jar");
    AgentProbe probe =
        new AgentProbe(new ChildJvms("java", dir.resolve("b.jar"), missing, List.of(), dir), "");

    Map<String, ResolvedConfig> resolved = probe.resolve(Config.DEFAULTS);

    assertThat(resolved).containsOnlyKeys("plain", "off", "on");
    assertThat(resolved.get("plain").available()).isTrue();
    assertThat(resolved.get("off").available()).isFalse();
    assertThat(resolved.get("on").footnote()).isEqualTo("agent jar " + missing + " missing");
  }
}
