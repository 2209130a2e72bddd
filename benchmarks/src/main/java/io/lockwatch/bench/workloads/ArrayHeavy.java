package io.lockwatch.bench.workloads;

/**
 * Workload 10: array-element traffic. Each thread sweeps its own slice of a shared {@code long[]}
 * (read, compute, write back: 64 elements per operation, no lock needed, no race), and every
 * operation also adds to one bucket of a shared histogram under the histogram's monitor. What it
 * measures is the cost of watching array elements ({@code arrays=on}, the default with races on)
 * against {@code arrays=off}. Args: {@code --threads N --warmup S --seconds S}.
 */
public final class ArrayHeavy {
  private static final int SLICE = 4_096;

  private ArrayHeavy() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int threads = args.integer("threads", 4);
    long[] data = new long[SLICE * threads];
    int[] histogram = new int[64];
    Control.Outcome out =
        Control.run(
            args,
            threads,
            (index, meter) -> {
              int from = index * SLICE;
              int at = 0;
              do {
                for (int k = 0; k < 64; k++) {
                  int i = from + ((at + k) & (SLICE - 1));
                  data[i] = data[i] * 31 + k;
                }
                at += 64;
                synchronized (histogram) {
                  histogram[(int) (data[from + (at & (SLICE - 1))] & 63)]++;
                }
              } while (meter.add(1));
            });
    Output.finish("array-heavy", threads, out.ops(), out.seconds());
  }
}
