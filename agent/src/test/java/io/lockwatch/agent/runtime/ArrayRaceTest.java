package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * Array elements under FastTrack: per element, however the chunks that keep their shadows are
 * shared and split, and named by what holds the array.
 */
class ArrayRaceTest {
  private final AgentContext context =
      new AgentContext(new AgentContext.Settings(1000, 8, true, false));
  private final AgentEventSink on = new AgentEventSink(context);
  private final RaceRecords races = context.races();
  private final int site =
      context.sites().register("com.example.Stats", "add", "Stats.java", 9, null);
  private final int byField =
      context
          .fields()
          .registerArray("com.example.Stats", "counts[]", FieldRegistry.Kind.ARRAY_IN_FIELD);
  private final int byMethod =
      context
          .fields()
          .registerArray("com.example.Stats", "add:int[]", FieldRegistry.Kind.ARRAY_IN_METHOD);

  private void write(int[] array, int index) {
    on.arrayAccess(array, index, byField, site, true);
  }

  private void read(int[] array, int index) {
    on.arrayAccess(array, index, byField, site, false);
  }

  @Test
  void disjoint_slices_written_by_different_threads_never_race() throws Exception {
    int[] array = new int[1_000];
    FreshThread.run(
        () -> {
          for (int i = 0; i < 500; i++) write(array, i);
        });
    FreshThread.run(
        () -> {
          for (int i = 500; i < 1_000; i++) write(array, i);
        });
    assertThat(races.all()).isEmpty();
    FreshThread.run(() -> read(array, 499)); // a third thread reads without a hand-off: a race
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.index()).isEqualTo(499));
  }

  @Test
  void interleaved_elements_in_one_chunk_are_told_apart() throws Exception {
    int[] array = new int[64];
    FreshThread.run(
        () -> {
          for (int i = 0; i < 64; i += 2) write(array, i);
        });
    FreshThread.run(
        () -> {
          for (int i = 1; i < 64; i += 2) write(array, i);
        });
    assertThat(races.all()).isEmpty();
    FreshThread.run(() -> write(array, 40)); // written by the first thread: unordered
    assertThat(races.all())
        .singleElement()
        .satisfies(
            race -> {
              assertThat(race.index()).isEqualTo(40);
              assertThat(race.objectType()).isEqualTo("[I");
              assertThat(race.earlier().write()).isTrue();
            });
  }

  @Test
  void a_chunk_filled_in_one_epoch_keeps_every_elements_history_when_it_splits() throws Exception {
    int[] array = new int[128];
    FreshThread.run(
        () -> {
          for (int i = 0; i < 128; i++) write(array, i);
        });
    FreshThread.run(() -> read(array, 127)); // splits the second chunk
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.index()).isEqualTo(127));
  }

  @Test
  void a_sweep_that_stops_halfway_leaves_the_elements_it_did_not_reach_their_older_history()
      throws Exception {
    int[] array = new int[64];
    ReentrantLock lock = new ReentrantLock();
    FreshThread.run(
        () -> {
          for (int epoch = 0; epoch < 5; epoch++) {
            sweep(array, 64);
            handOff(lock); // a release: the next sweep is a new epoch
          }
          sweep(array, 32); // not released: unordered with any other thread
        });
    FreshThread.run(
        () -> {
          handOff(lock); // knows the first thread up to its fifth sweep
          for (int i = 32; i < 64; i++) write(array, i);
          assertThat(races.all()).as("elements the last sweep did not reach").isEmpty();
          write(array, 10);
        });
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.index()).isEqualTo(10));
  }

  @Test
  void an_element_also_read_under_a_lock_between_sweeps_leaves_them_and_the_rest_stay_exact()
      throws Exception {
    int[] array = new int[64];
    ReentrantLock lock = new ReentrantLock();
    FreshThread.run(
        () -> {
          for (int epoch = 0; epoch < 5; epoch++) {
            sweep(array, 64);
            lock.lock();
            on.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
            read(array, 0); // another lock set: element 0 no longer sweeps with the others
            on.lockReleased(lock, site, 0);
            lock.unlock();
          }
          write(array, 0);
          write(array, 33); // not released
        });
    FreshThread.run(
        () -> {
          handOff(lock);
          for (int i = 1; i < 64; i++) {
            if (i != 33) {
              write(array, i);
            }
          }
          assertThat(races.all()).as("every element the last release covered").isEmpty();
          read(array, 0);
        });
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.index()).isZero());
    FreshThread.run(() -> write(array, 33));
    assertThat(races.all()).as("one race per array").hasSize(1);
  }

  @Test
  void an_element_that_took_only_the_first_step_of_a_sweep_keeps_that_history() throws Exception {
    int[] array = new int[64];
    ReentrantLock lock = new ReentrantLock();
    int readSite = context.sites().register("com.example.Stats", "scale", "Stats.java", 20, null);
    FreshThread.run(
        () -> {
          for (int i = 0; i < 64; i++) write(array, i);
          handOff(lock);
          for (int i = 0; i < 64; i++) {
            on.arrayAccess(array, i, byField, readSite, false);
            if (i != 7) {
              write(array, i);
            }
          }
        });
    FreshThread.run(
        () -> {
          handOff(lock);
          write(array, 7);
        });
    assertThat(races.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.index()).isEqualTo(7);
              assertThat(r.earlier().write()).as("element 7 was only read since").isFalse();
            });
  }

  /** Reads and writes back elements 0 to {@code end} - 1, one after the other. */
  private void sweep(int[] array, int end) {
    for (int i = 0; i < end; i++) {
      read(array, i);
      write(array, i);
    }
  }

  /** Takes and gives back {@code lock}, as the agent sees it. */
  private void handOff(ReentrantLock lock) {
    lock.lock();
    on.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
    on.lockReleased(lock, site, 0);
    lock.unlock();
  }

  @Test
  void an_element_handed_over_through_a_latch_is_no_race() throws Exception {
    int[] array = new int[8];
    CountDownLatch latch = new CountDownLatch(1);
    FreshThread.run(
        () -> {
          write(array, 3);
          on.syncAction(latch, SyncOp.LATCH_COUNT_DOWN, site, null);
        });
    FreshThread.run(
        () -> {
          on.afterBlocking(latch, SyncOp.LATCH_AWAIT, site, true);
          read(array, 3);
          write(array, 3);
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void an_array_is_reported_by_the_best_name_any_access_gave_it() throws Exception {
    int[] array = new int[4];
    FreshThread.run(() -> on.arrayAccess(array, 0, byMethod, site, true));
    FreshThread.run(() -> on.arrayAccess(array, 0, byField, site, true));
    assertThat(races.all())
        .singleElement()
        .satisfies(r -> assertThat(r.field()).isEqualTo(byField));
  }

  @Test
  void an_access_out_of_bounds_touches_nothing() throws Exception {
    int[] array = new int[2];
    FreshThread.run(() -> write(array, 5));
    FreshThread.run(() -> write(array, 5));
    assertThat(races.all()).isEmpty();
    assertThat(context.errors().total()).isZero();
  }

  @Test
  void sixty_four_threads_each_writing_its_own_element_of_a_thousand_arrays_do_not_race()
      throws Exception {
    int[][] arrays = new int[1_000][64];
    for (int t = 0; t < 64; t++) {
      int own = t;
      FreshThread.run(
          () -> {
            for (int[] array : arrays) {
              write(array, own);
              read(array, own);
            }
          });
    }
    assertThat(races.all()).isEmpty();
    FreshThread.run(() -> write(arrays[500], 17));
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.index()).isEqualTo(17));
    assertThat(context.errors().total()).isZero();
  }
}
