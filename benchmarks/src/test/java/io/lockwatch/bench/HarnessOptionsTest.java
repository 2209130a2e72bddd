package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The harness's command line: every documented option, its default, and the unusable ones. */
class HarnessOptionsTest {

  @Test
  void without_arguments_every_option_has_its_documented_default() {
    HarnessOptions o = HarnessOptions.parse();

    assertThat(o.quick()).isFalse();
    assertThat(o.reps()).isEqualTo(3);
    assertThat(o.churnReps()).isEqualTo(1);
    assertThat(o.only()).isEmpty();
    assertThat(o.configs()).containsExactly("plain", "off", "on");
    assertThat(o.java())
        .isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertThat(o.agent()).isEqualTo(Path.of("agent/target/lockwatch-agent.jar"));
    assertThat(o.jar()).isEqualTo(Path.of("benchmarks/target/benchmarks.jar"));
    assertThat(o.out()).isEqualTo(Path.of("benchmarks/target/results.md"));
    assertThat(o.runsDir()).isEqualTo(Path.of("benchmarks/target/runs"));
    assertThat(o.jvmArgs()).isEmpty();
    assertThat(o.agentExtra()).isEmpty();
    assertThat(o.timeoutSeconds()).isEqualTo(300);
    assertThat(o.list()).isFalse();
    assertThat(o.help()).isFalse();
  }

  @Test
  void quick_lowers_the_default_repetitions_and_timeout_but_not_explicit_ones() {
    HarnessOptions quick = HarnessOptions.parse("--quick");
    assertThat(quick.reps()).isEqualTo(1);
    assertThat(quick.timeoutSeconds()).isEqualTo(120);

    HarnessOptions explicit = HarnessOptions.parse("--quick", "--reps", "5", "--timeout", "30");
    assertThat(explicit.reps()).isEqualTo(5);
    assertThat(explicit.timeoutSeconds()).isEqualTo(30);
  }

  @Test
  void every_valued_option_takes_its_value() {
    HarnessOptions o =
        HarnessOptions.parse(
            "--churn-reps",
            "3",
            "--only",
            "sync,h2",
            "--configs",
            "off",
            "--java",
            "/opt/java/bin/java",
            "--agent",
            "a.jar",
            "--jar",
            "b.jar",
            "--out",
            "x/r.md",
            "--runs-dir",
            "x/runs",
            "--agent-options",
            "stackDepth=8,races=on",
            "--list");

    assertThat(o.churnReps()).isEqualTo(3);
    assertThat(o.only()).containsExactly("sync", "h2");
    assertThat(o.configs()).containsExactly("off");
    assertThat(o.java()).isEqualTo("/opt/java/bin/java");
    assertThat(o.agent()).isEqualTo(Path.of("a.jar"));
    assertThat(o.jar()).isEqualTo(Path.of("b.jar"));
    assertThat(o.out()).isEqualTo(Path.of("x/r.md"));
    assertThat(o.runsDir()).isEqualTo(Path.of("x/runs"));
    assertThat(o.agentExtra()).isEqualTo("stackDepth=8,races=on");
    assertThat(o.list()).isTrue();
  }

  @Test
  void jvm_args_repeat_keep_their_commas_and_may_look_like_options() {
    HarnessOptions o =
        HarnessOptions.parse(
            "--jvm-arg",
            "-XX:StartFlightRecording=filename=/tmp/{run}.jfr,settings=profile",
            "--jvm-arg",
            "-Xlog:monitormismatch=info",
            "--jvm-arg",
            "@java-args.txt");

    assertThat(o.jvmArgs())
        .containsExactly(
            "-XX:StartFlightRecording=filename=/tmp/{run}.jfr,settings=profile",
            "-Xlog:monitormismatch=info",
            "@java-args.txt");
  }

  @Test
  void help_is_a_request_not_an_error_and_the_usage_names_every_option() {
    assertThat(HarnessOptions.parse("--help").help()).isTrue();
    assertThat(HarnessOptions.parse("-h").help()).isTrue();
    assertThat(HarnessOptions.usage())
        .contains(
            "--quick",
            "--reps",
            "--churn-reps",
            "--only",
            "--configs",
            "--java",
            "--agent",
            "--jar",
            "--out",
            "--runs-dir",
            "--jvm-arg",
            "--agent-options",
            "--timeout",
            "--list");
  }

  @Test
  void an_unknown_configuration_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> HarnessOptions.parse("--configs", "plain,fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--configs takes plain,off,on,predict,sample; not 'fast'");
  }

  @Test
  void an_unknown_option_a_missing_value_and_a_bad_number_are_refused() {
    assertThatThrownBy(() -> HarnessOptions.parse("--bogus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--bogus");
    assertThatThrownBy(() -> HarnessOptions.parse("--reps"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--reps");
    assertThatThrownBy(() -> HarnessOptions.parse("--timeout", "soon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("soon");
  }
}
