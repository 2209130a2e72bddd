package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which variants run, with which arguments, how many times. */
class MatrixTest {

  @Test
  void the_full_matrix_has_the_twenty_one_documented_variants_in_order() {
    assertThat(Matrix.all(false))
        .extracting(Variant::name)
        .containsExactly(
            "sync-nested-2t",
            "sync-nested-8t",
            "reentrant-nested-2t",
            "reentrant-nested-8t",
            "rwlock-nested-2t",
            "rwlock-nested-8t",
            "prodcons-condition-4t",
            "prodcons-abq-4t",
            "field-heavy-4t",
            "h2-4t",
            "churn-alone-1M",
            "churn-alone-4M",
            "churn-nested-1M",
            "churn-nested-4M",
            "thread-churn-40k",
            "array-heavy-4t",
            "short-lived-objects-8M",
            "start-up",
            "report-100k-edges",
            "deadlock-accounts",
            "deadlock-late-cycle");
  }

  @Test
  void a_timed_variant_gets_its_threads_then_long_or_short_phases() {
    Variant v = RunFixtures.variant("reentrant-nested-8t");

    assertThat(v.mainClass()).isEqualTo("io.lockwatch.bench.workloads.LockNested");
    assertThat(v.argsFor(false))
        .containsExactly(
            "--kind", "reentrant", "--threads", "8", "--warmup", "3", "--seconds", "5");
    assertThat(v.argsFor(true))
        .containsExactly(
            "--kind", "reentrant", "--threads", "8", "--warmup", "1", "--seconds", "2");
    assertThat(RunFixtures.variant("h2-4t").argsFor(false))
        .endsWith("--warmup", "4", "--seconds", "8");
  }

  @Test
  void quick_runs_churn_fewer_locks_and_name_the_variants_by_the_count() {
    Variant quick = RunFixtures.quickVariant("churn-nested-200k");
    assertThat(quick.locks()).isEqualTo(200_000);
    assertThat(quick.argsFor(true))
        .containsExactly("--mode", "nested", "--threads", "2", "--locks", "200000");
    assertThat(RunFixtures.variant("churn-alone-4M").locks()).isEqualTo(4_000_000);
    assertThat(RunFixtures.variant("sync-nested-2t").locks()).isZero();
  }

  @Test
  void targets_are_set_where_the_issue_sets_them() {
    assertThat(RunFixtures.variant("sync-nested-2t").maxSlowdown()).containsOnly(entry("off", 1.3));
    assertThat(RunFixtures.variant("sync-nested-8t").maxSlowdown()).containsOnly(entry("off", 2.0));
    assertThat(RunFixtures.variant("field-heavy-4t").maxSlowdown()).containsEntry("on", 4.0);
    assertThat(RunFixtures.variant("prodcons-abq-4t").maxSlowdown()).containsEntry("on", 3.0);
    assertThat(RunFixtures.variant("h2-4t").maxSlowdown())
        .containsEntry("off", 1.1)
        .containsEntry("on", 3.0);
    assertThat(RunFixtures.variant("churn-nested-1M").maxSlowdown())
        .containsOnly(entry("off", 3.0));
    assertThat(RunFixtures.variant("short-lived-objects-8M").maxSlowdown())
        .containsOnly(entry("on", 2.0));
    assertThat(RunFixtures.variant("report-100k-edges").maxSlowdown()).isEmpty();
  }

  @Test
  void only_keeps_the_variants_whose_name_starts_with_a_prefix() {
    Matrix m = new Matrix(true, List.of("sync-nested-2", "churn-alone"), 1, 1);

    assertThat(m.variants())
        .extracting(Variant::name)
        .containsExactly("sync-nested-2t", "churn-alone-50k", "churn-alone-200k");
    assertThat(new Matrix(true, List.of("nothing"), 1, 1).variants()).isEmpty();
    assertThat(new Matrix(true, List.of(), 1, 1).variants()).hasSize(21);
  }

  @Test
  void lock_churn_repeats_churn_reps_times_at_least_once_and_at_most_reps() {
    Variant churn = RunFixtures.variant("churn-alone-1M");
    Variant timed = RunFixtures.variant("sync-nested-2t");

    assertThat(new Matrix(false, List.of(), 3, 1).repsOf(churn)).isEqualTo(1);
    assertThat(new Matrix(false, List.of(), 3, 1).repsOf(timed)).isEqualTo(3);
    assertThat(new Matrix(false, List.of(), 3, 5).repsOf(churn)).isEqualTo(3);
    assertThat(new Matrix(false, List.of(), 3, 0).repsOf(churn)).isEqualTo(1);
    assertThat(new Matrix(false, List.of(), 2, 5).churnReps()).isEqualTo(2);
  }

  @Test
  void counts_are_named_in_thousands_or_millions() {
    assertThat(Matrix.countName(4_000_000)).isEqualTo("4M");
    assertThat(Matrix.countName(250_000)).isEqualTo("250k");
    assertThat(Matrix.countName(1_500)).isEqualTo("1500");
    assertThat(Matrix.countName(12)).isEqualTo("12");
  }

  @Test
  void configurations_are_selected_in_their_fixed_order() {
    assertThat(Config.selected(List.of("on", "plain")))
        .containsExactly(Config.PLAIN, Config.RACES_ON);
    assertThat(Config.known("off")).isTrue();
    assertThat(Config.known("races=off")).isFalse();
  }
}
