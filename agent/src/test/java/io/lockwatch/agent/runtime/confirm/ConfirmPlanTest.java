package io.lockwatch.agent.runtime.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan, its pause board and its verdicts, without threads: what each decides from what. */
class ConfirmPlanTest {
  private static final ConfirmPlan.Step FORWARD = new ConfirmPlan.Step("A#0", null, "B#0");
  private static final ConfirmPlan.Step BACKWARD = new ConfirmPlan.Step("B#1", null, "A#1");

  private final ConfirmPlan plan =
      new ConfirmPlan(
          List.of(
              new ConfirmPlan.Cycle("cycle:ab", List.of(FORWARD, BACKWARD)),
              new ConfirmPlan.Cycle("cycle:self", List.of(FORWARD))),
          2);

  @Test
  void steps_are_found_by_the_site_of_their_request_and_single_steps_are_left_out() {
    assertThat(plan.cycles()).extracting(WatchedCycle::fingerprint).containsExactly("cycle:ab");
    assertThat(plan.requestedAt("B#0")).extracting(WatchedEdge::step).containsExactly(FORWARD);
    assertThat(plan.requestedAt("C#0")).isNull();
    assertThat(plan.requestedAt(null)).isNull();
  }

  @Test
  void a_step_pauses_only_as_often_as_its_budget_allows() {
    WatchedEdge forward = plan.requestedAt("B#0")[0];
    assertThat(forward.claimPause()).isTrue();
    assertThat(forward.claimPause()).isTrue();
    assertThat(forward.claimPause()).isFalse();
    assertThat(forward.pausesTaken()).isEqualTo(2);
  }

  @Test
  void pauses_are_released_together_once_every_step_has_a_thread_of_its_own() {
    PauseBoard board = new PauseBoard();
    WatchedEdge forward = plan.requestedAt("B#0")[0];
    WatchedEdge backward = plan.requestedAt("A#1")[0];

    PauseBoard.Pause alpha = board.arrive(1, forward);
    assertThat(alpha.released).isFalse();
    PauseBoard.Pause sameThreadAgain = board.arrive(1, backward);
    assertThat(sameThreadAgain.released).isFalse();
    board.leave(sameThreadAgain);
    PauseBoard.Pause beta = board.arrive(2, backward);

    assertThat(alpha.released).isTrue();
    assertThat(beta.released).isTrue();
  }

  @Test
  void a_cycle_whose_steps_start_and_join_order_is_unreachable_and_one_that_overlaps_is_not() {
    ForkJoinClocks clocks = new ForkJoinClocks();
    clocks.started(1, 2);
    plan.requestedAt("B#0")[0].visited(clocks.stamp(2));
    clocks.joined(1, 2);
    clocks.started(1, 3);
    plan.requestedAt("A#1")[0].visited(clocks.stamp(3));

    assertThat(verdict().status()).isEqualTo("unreachable");
    assertThat(verdict().detail()).contains("B#0").contains("A#1");

    clocks.started(1, 4); // a third thread, concurrent with beta, takes the first step too
    plan.requestedAt("B#0")[0].visited(clocks.stamp(4));
    assertThat(verdict().status()).isEqualTo("not-reproduced");
    assertThat(verdict().detail()).contains("no deadlock formed");
  }

  @Test
  void a_cycle_whose_steps_only_one_thread_took_is_unreachable_until_a_second_thread_takes_one() {
    ForkJoinClocks clocks = new ForkJoinClocks();
    clocks.started(1, 2); // a worker that runs alongside the tests
    // two tests on the main thread, one after the other, each taking one of the orders
    plan.requestedAt("B#0")[0].visited(clocks.stamp(1));
    plan.requestedAt("A#1")[0].visited(clocks.stamp(1));

    assertThat(verdict().status()).isEqualTo("unreachable");
    assertThat(verdict().detail()).contains("one thread took").contains("B#0").contains("A#1");

    // the worker, still running, takes the second order too
    plan.requestedAt("A#1")[0].visited(clocks.stamp(2));
    assertThat(verdict().status()).isEqualTo("not-reproduced");
  }

  @Test
  void a_step_never_reached_is_said_and_a_confirmed_cycle_is_confirmed() {
    assertThat(verdict().status()).isEqualTo("not-reproduced");
    assertThat(verdict().detail()).contains("never reached");
    Verdict confirmed =
        Verdict.of(plan.cycles(), java.util.Set.of("cycle:ab"), false, 100, 2).get("cycle:ab");
    assertThat(confirmed.status()).isEqualTo("confirmed");
  }

  private Verdict verdict() {
    return Verdict.of(plan.cycles(), java.util.Set.of(), false, 100, 2).get("cycle:ab");
  }
}
