package io.lockwatch.it.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A correct program of real size for the JDK watching: many threads, many short-lived JDK objects
 * (maps, lists, builders and their iterators, each confined to one thread), many shared concurrent
 * and synchronized ones, long {@code CompletableFuture} chains and big parallel streams. It must
 * finish in a small heap, with nothing found.
 */
public final class JdkAtScale {
  static final int THREADS = 16;
  static final int ROUNDS = 20_000;

  private JdkAtScale() {}

  public static void main(String[] args) throws Exception {
    Map<Integer, Integer> shared = new ConcurrentHashMap<>();
    Map<Integer, Integer> wrapped = Collections.synchronizedMap(new HashMap<>());
    List<Integer> vector = new Vector<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<CompletableFuture<Long>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int seed = t;
      work.add(CompletableFuture.supplyAsync(() -> round(seed, shared, wrapped, vector), pool));
    }
    long total = 0;
    for (CompletableFuture<Long> done : work) {
      total += done.get(120, TimeUnit.SECONDS);
    }
    CompletableFuture<Long> chain = CompletableFuture.completedFuture(0L);
    for (int i = 0; i < 1000; i++) {
      long step = i;
      chain = chain.thenApplyAsync(v -> v + step, pool);
    }
    long streamed = IntStream.range(0, 1_000_000).parallel().filter(i -> i % 3 == 0).count();
    long chained = chain.get(); // before shutdown: a stage still to run would be rejected
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    System.out.println(
        "scale "
            + (total > 0)
            + " "
            + shared.size()
            + " "
            + wrapped.size()
            + " "
            + vector.size()
            + " "
            + chained
            + " "
            + streamed);
  }

  private static long round(
      int seed, Map<Integer, Integer> shared, Map<Integer, Integer> wrapped, List<Integer> vector) {
    long sum = 0;
    for (int i = 0; i < ROUNDS; i++) {
      Map<String, Integer> own = new HashMap<>();
      List<Integer> list = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      own.put("round", i);
      list.add(i);
      list.add(seed);
      for (int value : list) {
        sum += value;
      }
      text.append(own.get("round")).append(':').append(list.size());
      sum += text.length();
      shared.merge(i % 1000, 1, Integer::sum);
      if (i % 100 == 0) {
        wrapped.put(i % 50, seed);
        vector.add(i);
      }
    }
    return sum;
  }
}
