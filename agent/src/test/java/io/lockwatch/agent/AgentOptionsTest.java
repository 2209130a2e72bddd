package io.lockwatch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentOptionsTest {

  @Test
  void defaults_apply_when_no_options_are_given() {
    AgentOptions options = AgentOptions.parse(null);
    assertThat(options.reportPath()).isEqualTo("lockwatch-report.json");
    assertThat(options.include()).isEmpty();
    assertThat(options.exclude()).isEmpty();
    assertThat(options.stackDepth()).isEqualTo(24);
    assertThat(options.asMap()).containsKeys("report", "include", "exclude", "stackDepth");
  }

  @Test
  void parses_key_value_pairs() {
    AgentOptions options =
        AgentOptions.parse(
            "report=out/%p.json,include=com.example;org.acme,exclude=com.example.gen,stackDepth=8");
    assertThat(options.reportPath()).isEqualTo("out/%p.json");
    assertThat(options.include()).containsExactly("com.example", "org.acme");
    assertThat(options.exclude()).containsExactly("com.example.gen");
    assertThat(options.stackDepth()).isEqualTo(8);
  }

  @Test
  void the_jdk_is_watched_unless_jdk_is_off_and_nothing_else_is_accepted() {
    assertThat(AgentOptions.parse(null).jdkEnabled()).isTrue();
    assertThat(AgentOptions.parse(null).asMap()).containsEntry("jdk", "on");
    assertThat(AgentOptions.parse("jdk=off").jdkEnabled()).isFalse();
    assertThatThrownBy(() -> AgentOptions.parse("jdk=no"))
        .isInstanceOf(OptionException.class)
        .hasMessage("option 'jdk' has a bad value 'no'; accepted: one of on, off");
  }

  @Test
  void confirm_mode_is_off_by_default_and_its_pause_and_tries_are_bounded() {
    AgentOptions defaults = AgentOptions.parse(null);
    assertThat(defaults.confirmReport()).isNull();
    assertThat(defaults.confirmPauseMs()).isEqualTo(2000);
    assertThat(defaults.confirmTries()).isEqualTo(3);
    AgentOptions on = AgentOptions.parse("confirm=target/r.json,confirmPauseMs=500,confirmTries=1");
    assertThat(on.confirmReport()).hasToString("target/r.json");
    assertThat(on.confirmPauseMs()).isEqualTo(500);
    assertThat(on.confirmTries()).isEqualTo(1);
    assertThatThrownBy(() -> AgentOptions.parse("confirmTries=0"))
        .hasMessage(
            "option 'confirmTries' has a bad value '0'; accepted: an integer from 1 to 1000");
    assertThatThrownBy(() -> AgentOptions.parse("confirm="))
        .hasMessageContaining("option 'confirm' has an empty value");
  }

  @Test
  void the_report_waits_ten_seconds_for_other_shutdown_hooks_unless_told_otherwise() {
    assertThat(AgentOptions.parse(null).hookWaitMs()).isEqualTo(10_000);
    assertThat(AgentOptions.parse("hookWaitMs=0").hookWaitMs()).isZero();
    assertThatThrownBy(() -> AgentOptions.parse("hookWaitMs=-1"))
        .hasMessage(
            "option 'hookWaitMs' has a bad value '-1'; accepted: an integer from 0 to 3600000");
  }

  @Test
  void unknown_option_names_itself_and_the_accepted_ones() {
    assertThatThrownBy(() -> AgentOptions.parse("bogus=1"))
        .isInstanceOf(OptionException.class)
        .hasMessageContaining("'bogus'")
        .hasMessageContaining("accepted options are report, include, exclude");
  }

  @Test
  void bad_number_names_option_and_range() {
    assertThatThrownBy(() -> AgentOptions.parse("stackDepth=abc"))
        .hasMessageContaining("'stackDepth'")
        .hasMessageContaining("'abc'")
        .hasMessageContaining("integer from 1 to 1024");
    assertThatThrownBy(() -> AgentOptions.parse("stackDepth=0"))
        .hasMessageContaining("integer from 1");
  }

  @Test
  void a_comma_not_followed_by_an_option_name_belongs_to_the_value() {
    AgentOptions options = AgentOptions.parse("report=out/a,b-%p.json,quiet=true");

    assertThat(options.reportPath()).isEqualTo("out/a,b-%p.json");
    assertThat(options.quiet()).isTrue();
    assertThat(AgentOptions.parse("quiet=true,report=x,y").reportPath()).isEqualTo("x,y");
  }

  @Test
  void empty_value_missing_value_and_duplicates_are_rejected() {
    assertThatThrownBy(() -> AgentOptions.parse("report=")).hasMessageContaining("empty value");
    assertThatThrownBy(() -> AgentOptions.parse("report")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> AgentOptions.parse("report=a,report=b"))
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> AgentOptions.parse("report=a,,stackDepth=3"))
        .hasMessageContaining("empty option");
    assertThatThrownBy(() -> AgentOptions.parse("report=a,")).hasMessageContaining("empty option");
  }

  @Test
  void malformed_prefixes_and_conflicts_are_rejected() {
    assertThatThrownBy(() -> AgentOptions.parse("include=com.example;;org"))
        .hasMessageContaining("'include'")
        .hasMessageContaining("prefixes separated by ';'");
    assertThatThrownBy(() -> AgentOptions.parse("include=com.example,exclude=com.example"))
        .hasMessageContaining("both name 'com.example'");
  }
}
