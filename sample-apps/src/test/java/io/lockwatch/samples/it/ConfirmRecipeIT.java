package io.lockwatch.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.ReportsTool;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's CI recipe for confirm mode, step by step on the real jars: predict in two JVMs (each
 * takes one half of an inversion), {@code merge} their reports, run again with {@code
 * confirm=<merged>}, and gate with {@code check --fail-on confirmed}: it fails on the run that
 * proved the deadlock and passes where the prediction stayed a prediction.
 */
class ConfirmRecipeIT {
  private static final String CONFIRM = "onDeadlock=exit,watchdogMs=200,confirmPauseMs=6000";

  @TempDir Path dir;
  private Path merged;
  private LockOrderCycle predicted;

  @BeforeEach
  void predict_in_two_jvms_and_merge() throws Exception {
    AgentJvmResult forward = plain("forward");
    AgentJvmResult backward = plain("backward");
    assertThat(forward.report().lockOrderCycles()).as("one half alone").isEmpty();
    assertThat(backward.report().lockOrderCycles()).as("the other half alone").isEmpty();

    merged = dir.resolve("lockwatch-merged.json");
    ReportsTool merge =
        ReportsTool.run(
            "merge",
            forward.reportFile().toString(),
            backward.reportFile().toString(),
            "-o",
            merged.toString());
    assertThat(merge.exitCode()).as(merge.describe()).isZero();
    Report report = ReportJson.read(merged);
    assertThat(report.lockOrderCycles()).as("the cycle across the two JVMs").hasSize(1);
    predicted = report.lockOrderCycles().get(0);

    ReportsTool noisy = ReportsTool.run("check", merged.toString());
    assertThat(noisy.exitCode()).as("check fails on the prediction: %s", noisy.describe()).isOne();
    ReportsTool quiet = ReportsTool.run("check", merged.toString(), "--fail-on", "confirmed");
    assertThat(quiet.exitCode()).as("nothing proven yet: %s", quiet.describe()).isZero();
  }

  @Test
  void the_confirm_run_proves_the_deadlock_and_check_fails_on_it() {
    AgentJvmResult confirm = confirm("both");

    assertThat(confirm.exitCode()).as(confirm.describe()).isEqualTo(86);
    assertThat(confirm.report().observedDeadlocks())
        .singleElement()
        .satisfies(d -> assertThat(d.confirms()).isEqualTo(predicted.fingerprint()));
    ReportsTool gate =
        ReportsTool.run("check", confirm.reportFile().toString(), "--fail-on", "confirmed");
    assertThat(gate.exitCode()).as(gate.describe()).isOne();
    assertThat(gate.output()).contains("confirmed");
  }

  @Test
  void where_start_and_join_rule_it_out_the_verdict_says_so_and_check_passes() {
    AgentJvmResult confirm = confirm("both-joined");

    assertThat(confirm.exitCode()).as(confirm.describe()).isZero();
    assertThat(confirm.report().lockOrderCycles())
        .filteredOn(c -> c.fingerprint().equals(predicted.fingerprint()))
        .singleElement()
        .satisfies(c -> assertThat(c.confirmation().status()).isEqualTo("unreachable"));
    ReportsTool gate =
        ReportsTool.run("check", confirm.reportFile().toString(), "--fail-on", "confirmed");
    assertThat(gate.exitCode()).as(gate.describe()).isZero();
  }

  private AgentJvmResult plain(String half) {
    AgentJvmResult run =
        AgentJvm.of(SplitInversion.class).args(half).named("predict-" + half).in(dir).run();
    assertThat(run.exitCode()).as(run.describe()).isZero();
    return run;
  }

  private AgentJvmResult confirm(String schedule) {
    return AgentJvm.of(SplitInversion.class)
        .args(schedule)
        .agentOptions(CONFIRM + ",confirm=" + merged)
        .named("confirm-" + schedule)
        .in(dir)
        .run();
  }
}
