package io.lockwatch.bench.workloads;

/**
 * Workload 11: many short-lived objects, each touched by one thread only (a request's value
 * objects, a parser's nodes). {@code --threads} threads each build their share of {@code --count}
 * small objects, read and update their fields a few times and drop them. No object is ever seen by
 * a second thread, so a race detector has nothing to report and should pay little: what it measures
 * is the cost of shadow state for thread-confined objects, in time and in peak memory. Prints
 * {@code RESULT} (ops = objects), {@code HEAP} and the peak RSS. Args: {@code --threads N --count
 * N}.
 */
public final class ShortLivedObjects {
  /** A small value object with a few mutable fields. */
  static final class Point {
    long x;
    long y;
    int hits;

    Point(long x, long y) {
      this.x = x;
      this.y = y;
    }

    long step(long by) {
      x += by;
      y -= by;
      hits++;
      return x * 31 + y + hits;
    }
  }

  private ShortLivedObjects() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int threads = args.integer("threads", 4);
    long count = args.count("count", 8_000_000);
    long perThread = count / threads;
    long[] sums = new long[threads];
    Thread[] workers = new Thread[threads];
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int index = t;
      workers[t] =
          new Thread(
              () -> {
                long sum = 0;
                for (long i = 0; i < perThread; i++) {
                  Point point = new Point(i, index);
                  sum += point.step(1);
                  sum += point.step(2);
                }
                sums[index] = sum;
              });
      workers[t].start();
    }
    long total = 0;
    for (int t = 0; t < threads; t++) {
      workers[t].join();
      total += sums[t];
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println("checksum " + total);
    Output.finish("short-lived-objects", threads, perThread * threads, seconds);
  }
}
