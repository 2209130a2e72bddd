package io.lockwatch.engine.deadlock.rule;

import static io.lockwatch.engine.deadlock.rule.TestSteps.holdingPermits;
import static io.lockwatch.engine.deadlock.rule.TestSteps.shares;
import static io.lockwatch.engine.deadlock.rule.TestSteps.step;
import static io.lockwatch.engine.deadlock.rule.TestSteps.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.engine.deadlock.FindingKind;
import io.lockwatch.engine.deadlock.Share;
import io.lockwatch.engine.deadlock.Wait;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested class per closing rule: where it must object, and its twin where it must not. */
class ClosingRulesTest {
  private static final List<Step> PLAIN = List.of(step(1, 1, 2), step(2, 2, 1));
  private static final TestSteps.Locks MONITORS = new TestSteps.Locks();

  @Nested
  class TryLock {
    private final TryLockNeverBlocks rule = new TryLockNeverBlocks();

    @Test
    void rules_out_a_cycle_with_a_try_lock() {
      assertThat(rule.judge(List.of(step(1, 1, 2), waiting(step(2, 2, 1), Wait.TRY)), MONITORS))
          .isNull();
    }

    @Test
    void lets_blocking_and_timed_cycles_pass() {
      assertThat(rule.judge(PLAIN, MONITORS)).isEqualTo(Judgement.DEADLOCK);
      assertThat(rule.judge(List.of(step(1, 1, 2), waiting(step(2, 2, 1), Wait.TIMED)), MONITORS))
          .isEqualTo(Judgement.DEADLOCK);
    }
  }

  @Nested
  class FirstAcquisition {
    private final FirstAcquisitionNeverBlocks rule = new FirstAcquisitionNeverBlocks();

    @Test
    void rules_out_a_cycle_through_a_lock_taken_for_the_first_time() {
      assertThat(rule.judge(List.of(waiting(step(1, 1, 2), Wait.FIRST), step(2, 2, 1)), MONITORS))
          .isNull();
    }

    @Test
    void lets_other_cycles_pass() {
      assertThat(rule.judge(PLAIN, MONITORS)).isEqualTo(Judgement.DEADLOCK);
    }
  }

  @Nested
  class Signals {
    private final SignalsHoldNothing rule = new SignalsHoldNothing();

    @Test
    void rules_out_a_cycle_out_of_a_signal_semaphore() {
      assertThat(rule.judge(PLAIN, new TestSteps.Locks().signalling(2))).isNull();
    }

    @Test
    void lets_a_semaphore_its_holders_release_pass() {
      assertThat(rule.judge(PLAIN, new TestSteps.Locks().semaphore(2, 1)))
          .isEqualTo(Judgement.DEADLOCK);
    }
  }

  @Nested
  class Readers {
    private final ReadersNeedQueuedWriter rule = new ReadersNeedQueuedWriter();
    private final List<Step> readersOnly =
        List.of(
            shares(step(1, 1, 2), Share.READ, Share.READ),
            shares(step(2, 2, 1), Share.READ, Share.READ));

    @Test
    void rules_out_readers_waiting_on_readers_when_nobody_writes() {
      assertThat(
              rule.judge(
                  readersOnly, new TestSteps.Locks().readWrite(1, false).readWrite(2, false)))
          .isNull();
    }

    @Test
    void a_writer_makes_it_a_read_write_deadlock() {
      Judgement j =
          rule.judge(readersOnly, new TestSteps.Locks().readWrite(1, true).readWrite(2, true));
      assertThat(j.kind()).isEqualTo(FindingKind.READ_WRITE);
    }

    @Test
    void a_reader_waiting_on_a_writer_blocks_anyway() {
      List<Step> mixed =
          List.of(
              shares(step(1, 1, 2), Share.WRITE, Share.READ),
              shares(step(2, 2, 1), Share.WRITE, Share.WRITE));
      assertThat(rule.judge(mixed, new TestSteps.Locks().readWrite(1, true).readWrite(2, false)))
          .isEqualTo(Judgement.DEADLOCK);
    }
  }

  @Nested
  class Timed {
    private final TimedIsStall rule = new TimedIsStall();

    @Test
    void a_timeout_makes_a_stall() {
      assertThat(
              rule.judge(List.of(step(1, 1, 2), waiting(step(2, 2, 1), Wait.TIMED)), MONITORS)
                  .kind())
          .isEqualTo(FindingKind.STALL);
    }

    @Test
    void no_timeout_is_a_deadlock() {
      assertThat(rule.judge(PLAIN, MONITORS)).isEqualTo(Judgement.DEADLOCK);
    }
  }

  @Nested
  class Permits {
    private final SemaphorePermits rule = new SemaphorePermits();

    @Test
    void a_semaphore_of_several_permits_needs_more_holders() {
      Judgement j = rule.judge(PLAIN, new TestSteps.Locks().semaphore(2, 5));
      assertThat(j.kind()).isEqualTo(FindingKind.PERMIT_EXHAUSTION);
      assertThat(j.detail()).contains("5 permits").contains("5 holders");
    }

    @Test
    void one_permit_or_a_holder_of_all_is_a_deadlock() {
      assertThat(rule.judge(PLAIN, new TestSteps.Locks().semaphore(2, 1)))
          .isEqualTo(Judgement.DEADLOCK);
      List<Step> holderOfAll = List.of(step(1, 1, 2), holdingPermits(step(2, 2, 1), 5));
      assertThat(rule.judge(holderOfAll, new TestSteps.Locks().semaphore(2, 5)))
          .isEqualTo(Judgement.DEADLOCK);
    }
  }
}
