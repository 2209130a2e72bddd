package io.lockwatch.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentArgLineTest {
  private final File jar = new File("/repo/lockwatch-agent.jar");

  @Test
  void the_options_follow_the_jar_in_order_and_absent_ones_are_left_out() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("report", "/t/lockwatch-%p.json");
    options.put("races", null);
    options.put("include", "com.example");
    options.put("", "quiet=true,stackDepth=32");

    assertThat(AgentArgLine.javaagent(jar, options))
        .isEqualTo(
            "-javaagent:/repo/lockwatch-agent.jar=report=/t/lockwatch-%p.json,include=com.example,"
                + "quiet=true,stackDepth=32");
  }

  @Test
  void a_path_with_a_space_is_quoted_as_one_word() {
    Map<String, String> options = Map.of("report", "/my build/lockwatch.json");

    assertThat(AgentArgLine.javaagent(new File("/my repo/agent.jar"), options))
        .isEqualTo("\"-javaagent:/my repo/agent.jar=report=/my build/lockwatch.json\"");
  }

  @Test
  void the_option_goes_after_what_the_property_held_so_another_agent_stays() {
    String jacoco = "-javaagent:/repo/jacoco.jar=destfile=/t/jacoco.exec";

    assertThat(AgentArgLine.appended(jacoco, "-javaagent:/repo/lockwatch.jar"))
        .isEqualTo(jacoco + " -javaagent:/repo/lockwatch.jar");
    assertThat(AgentArgLine.appended(null, "-javaagent:/repo/lockwatch.jar"))
        .isEqualTo("-javaagent:/repo/lockwatch.jar");
    assertThat(AgentArgLine.appended("  ", "-javaagent:/repo/lockwatch.jar"))
        .isEqualTo("-javaagent:/repo/lockwatch.jar");
  }
}
