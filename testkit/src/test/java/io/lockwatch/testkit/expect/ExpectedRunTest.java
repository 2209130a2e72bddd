package io.lockwatch.testkit.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.testkit.fixtures.TwoOrders;
import io.lockwatch.testkit.source.SourceFile;
import org.junit.jupiter.api.Test;

class ExpectedRunTest {

  @Test
  void each_run_takes_the_statements_that_name_it() {
    ExpectedRun plain = ExpectedRun.of(TwoOrders.class.getName(), "");
    ExpectedRun quiet = ExpectedRun.of(TwoOrders.class.getName(), "quiet");

    assertThat(plain.statements()).hasSize(7);
    assertThat(plain.expectsNothing()).isFalse();
    assertThat(quiet.statements())
        .extracting(e -> e.statement())
        .containsExactly(Statement.NONE, Statement.SUMMARY);
    assertThat(quiet.expectsNothing()).isTrue();
    assertThat(ExpectedRun.runsOf(TwoOrders.class.getName())).containsExactly("", "quiet");
  }

  @Test
  void the_exit_code_is_0_unless_said_and_the_done_line_is_the_simple_name() {
    ExpectedRun plain = ExpectedRun.of(TwoOrders.class.getName(), "");

    assertThat(plain.exitCode()).isZero();
    assertThat(plain.within()).isNull();
    assertThat(plain.doneLine()).isEqualTo("TwoOrders: done");
    assertThat(plain.fieldName("TwoOrders$Box.value"))
        .isEqualTo("io.lockwatch.testkit.fixtures.TwoOrders$Box.value");
  }

  private static ExpectedRun of(String text) {
    return ExpectedRun.of(SourceFile.ofText("p.Target", text), "");
  }

  @Test
  void a_run_without_findings_must_say_none_and_what_the_agent_saw() {
    assertThatThrownBy(() -> ExpectedRun.of(TwoOrders.class.getName(), "no-such-run"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@expect:none");
    assertThatThrownBy(() -> of("// @expect:none"))
        .hasMessageContaining("@expect:summary(counter>=n)");
    assertThatThrownBy(() -> of("// @expect:none @expect:summary(acquisitions>=0)"))
        .hasMessageContaining("@expect:summary(counter>=n)");
    assertThat(of("// @expect:none @expect:summary(fieldAccesses>=1)").expectsNothing()).isTrue();
  }

  @Test
  void none_and_a_finding_contradict_each_other() {
    assertThatThrownBy(
            () ->
                of(
                    "// @expect:none @expect:summary(acquisitions>=1)\n"
                        + "// @expect:hazard(kind=Object.wait,severity=high)"))
        .hasMessageContaining("either @expect:none or");
  }

  @Test
  void a_site_needs_exactly_one_finding_it_belongs_to() {
    assertThatThrownBy(() -> of("// @expect:race(field=A.b,observed=true)\n// @expect:hazard-wait"))
        .hasMessageContaining("exactly one @expect:hazard for @expect:hazard-wait");
    assertThatThrownBy(
            () ->
                of(
                    "// @expect:race(field=A.b,observed=true)\n"
                        + "x(); // @expect:race-read(field=A.c)"))
        .hasMessageContaining("an @expect:race for");
  }
}
