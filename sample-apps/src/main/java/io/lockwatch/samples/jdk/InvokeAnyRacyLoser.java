package io.lockwatch.samples.jdk;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The racy twin of {@link InvokeAllResults}: main reads a field that the losing task of {@code
 * invokeAny} writes. {@code invokeAny} returns when one task has succeeded and cancels the others;
 * a cancelled task may still be running, and nothing orders what it does after that before main.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code InvokeAnyRacyLoser$Note.text},
 * between the loser's write on a pool thread and main's read.
 */
public final class InvokeAnyRacyLoser {
  // @expect:race(field=InvokeAnyRacyLoser$Note.text,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A note with a plain field. */
  static final class Note {
    String text;
  }

  private InvokeAnyRacyLoser() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Note note = new Note();
    Callable<Integer> slow =
        () -> {
          Threads.pause(2_000); // cancelled by invokeAny: interrupted
          note.text = "the slow one finished"; // @expect:race-write(thread=pool-1-thread-*)
          return 2;
        };
    Callable<Integer> fast = () -> 1;
    int first = pool.invokeAny(List.of(slow, fast));
    Threads.pause(50);
    String text = note.text; // @expect:race-read(thread=main,locks=none)
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println("InvokeAnyRacyLoser: done, first " + first + ", note " + text);
  }
}
