package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.bridge.SyncOp;
import java.util.concurrent.CountDownLatch;
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
