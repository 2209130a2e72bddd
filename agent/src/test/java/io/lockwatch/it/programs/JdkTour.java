package io.lockwatch.it.programs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Timer;
import java.util.TimerTask;
import java.util.Vector;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import java.util.stream.IntStream;

/**
 * A correct program that uses every JDK class the agent rewrites, from several threads at once, and
 * prints one line per part: it must print exactly what it prints without the agent, and the agent
 * must find nothing in it.
 */
public final class JdkTour {
  private JdkTour() {}

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<CompletableFuture<String>> parts = new ArrayList<>();
    parts.add(CompletableFuture.supplyAsync(JdkTour::legacyCollections, pool));
    parts.add(CompletableFuture.supplyAsync(JdkTour::wrappersAndQueues, pool));
    parts.add(CompletableFuture.supplyAsync(JdkTour::printingAndLogging, pool));
    parts.add(CompletableFuture.supplyAsync(JdkTour::forkJoinAndStreams, pool));
    for (CompletableFuture<String> part : parts) {
      System.out.println(part.get(60, TimeUnit.SECONDS));
    }
    System.out.println(handOffs());
    pool.shutdown();
    System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  /** A future's value, as a compute function would wait for it (this one is already done). */
  private static int valueOf(CompletableFuture<Integer> future) {
    try {
      return future.get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String legacyCollections() {
    Vector<Integer> vector = new Vector<>();
    Hashtable<String, Integer> table = new Hashtable<>();
    Properties properties = new Properties();
    StringBuffer buffer = new StringBuffer();
    for (int i = 0; i < 1000; i++) {
      vector.add(i);
      table.computeIfAbsent("k" + (i % 10), k -> k.length());
      properties.setProperty("p" + (i % 5), "v");
      buffer.append(i % 10);
    }
    int[] sum = new int[1];
    vector.forEach(v -> sum[0] += v);
    return "legacy "
        + sum[0]
        + " "
        + table.size()
        + " "
        + properties.size()
        + " "
        + buffer.length();
  }

  private static String wrappersAndQueues() {
    List<Integer> list = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, Integer> map = Collections.synchronizedMap(new HashMap<>());
    ConcurrentHashMap<Integer, Integer> concurrent = new ConcurrentHashMap<>();
    CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>();
    ArrayBlockingQueue<Integer> array = new ArrayBlockingQueue<>(2000);
    LinkedBlockingQueue<Integer> linked = new LinkedBlockingQueue<>();
    LinkedBlockingDeque<Integer> deque = new LinkedBlockingDeque<>();
    PriorityBlockingQueue<Integer> priority = new PriorityBlockingQueue<>();
    CompletableFuture<Integer> ready = CompletableFuture.completedFuture(1);
    DelayQueue<Expired> delays = new DelayQueue<>();
    for (int i = 0; i < 1000; i++) {
      list.add(i);
      map.merge(i % 7, 1, Integer::sum);
      concurrent.computeIfAbsent(i % 13, k -> k * 2);
      concurrent.merge(i % 13, 1, Integer::sum);
      concurrent.compute(-1, (k, v) -> (v == null ? 0 : v) + valueOf(ready)); // waits inside
      if (i % 100 == 0) {
        cow.add(i);
      }
      array.offer(i);
      linked.offer(i);
      deque.offerFirst(i);
      priority.offer(1000 - i);
      delays.offer(new Expired(i));
    }
    synchronized (list) {
      list.removeIf(v -> v % 2 == 0);
    }
    array.removeIf(v -> v % 3 == 0);
    int drained = 0;
    while (delays.poll() != null) {
      drained++;
    }
    return "wrappers "
        + list.size()
        + " "
        + map.size()
        + " "
        + concurrent.size()
        + " "
        + cow.size()
        + " queues "
        + array.size()
        + " "
        + linked.size()
        + " "
        + deque.size()
        + " "
        + priority.peek()
        + " "
        + drained;
  }

  private static String printingAndLogging() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true);
    StringWriter chars = new StringWriter();
    PrintWriter writer = new PrintWriter(chars, true);
    for (int i = 0; i < 100; i++) {
      out.printf("%d %s%n", i, "line");
      writer.println(i);
    }
    new IllegalStateException("printed, not thrown").printStackTrace(out);
    new IllegalStateException("printed, not thrown").printStackTrace(writer);
    Logger logger = Logger.getLogger("io.lockwatch.it.programs.JdkTour");
    logger.setUseParentHandlers(false);
    StreamHandler handler = new StreamHandler(new ByteArrayOutputStream(), new SimpleFormatter());
    logger.addHandler(handler);
    for (int i = 0; i < 50; i++) {
      logger.info("logged " + i);
    }
    handler.flush();
    logger.removeHandler(handler);
    return "printing " + (bytes.size() > 0) + " " + (chars.toString().length() > 0);
  }

  private static String forkJoinAndStreams() {
    long sum = ForkJoinPool.commonPool().invoke(new Sum(0, 100_000));
    long streamed = IntStream.range(0, 100_000).parallel().asLongStream().sum();
    List<Integer> squares = new ArrayList<>();
    IntStream.range(0, 1000).parallel().map(i -> i * i).forEachOrdered(squares::add);
    return "forkjoin " + sum + " " + streamed + " " + squares.size();
  }

  private static String handOffs() throws Exception {
    CompletableFuture<Integer> stages =
        CompletableFuture.supplyAsync(() -> 20)
            .thenApply(v -> v + 1)
            .thenCombine(CompletableFuture.supplyAsync(() -> 2), (a, b) -> a * b)
            .thenCompose(v -> CompletableFuture.supplyAsync(() -> v));
    Exchanger<String> exchanger = new Exchanger<>();
    CompletableFuture<String> other =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return exchanger.exchange("left");
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    String right = exchanger.exchange("right");
    Timer timer = new Timer("tour-timer", true);
    CountDownLatch fired = new CountDownLatch(1);
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            fired.countDown();
          }
        },
        10);
    fired.await();
    timer.cancel();
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    int scheduled = scheduler.schedule(() -> 5, 5, TimeUnit.MILLISECONDS).get();
    scheduler.shutdown();
    scheduler.awaitTermination(5, TimeUnit.SECONDS);
    FutureTask<Integer> task = new FutureTask<>(() -> 6);
    new Thread(task).start();
    return "handoffs "
        + stages.get()
        + " "
        + right
        + " "
        + other.get()
        + " "
        + scheduled
        + " "
        + task.get();
  }

  /** Sums a range by halves. */
  static final class Sum extends RecursiveTask<Long> {
    private final int from;
    private final int to;

    Sum(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    protected Long compute() {
      if (to - from <= 1000) {
        long sum = 0;
        for (int i = from; i < to; i++) {
          sum += i;
        }
        return sum;
      }
      int middle = (from + to) >>> 1;
      Sum left = new Sum(from, middle);
      left.fork();
      return new Sum(middle, to).compute() + left.join();
    }
  }

  /** A delayed element that is due at once. */
  static final class Expired implements Delayed {
    private final int order;

    Expired(int order) {
      this.order = order;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return -order;
    }

    @Override
    public int compareTo(Delayed other) {
      return Integer.compare(order, ((Expired) other).order);
    }
  }
}
