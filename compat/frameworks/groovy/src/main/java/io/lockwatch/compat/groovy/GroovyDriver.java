package io.lockwatch.compat.groovy;

import groovy.lang.Binding;
import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyObject;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import io.lockwatch.compat.drivers.Workers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;

/**
 * Compiles {@code Inventory.groovy} (a dynamic class and a {@code @CompileStatic} one) and runs
 * both from 4 threads; meanwhile 4 other threads each compile and run their own scripts in their
 * own {@link GroovyShell}, so Groovy's class-info caches, metaclass registry and invokedynamic call
 * sites are shared and raced for.
 */
public final class GroovyDriver {
  private static final int THREADS = 4;
  private static final int CALLS = 500;
  private static final int SCRIPTS = 6;
  private static final String SCRIPT =
      "def words = text.tokenize(' ')\n"
          + "def counts = words.groupBy { it }.collectEntries { k, v -> [k, v.size()] }\n"
          + "def longest = words.max { it.size() }\n"
          + "\"${counts.size()}:${longest}:${words.sum { it.size() }}:${seed * 2}\"\n";

  private GroovyDriver() {}

  /** Compiles, runs, prints the totals. */
  public static void main(String[] args) throws Exception {
    String source;
    try (InputStream in = GroovyDriver.class.getResourceAsStream("Inventory.groovy")) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (GroovyClassLoader loader = new GroovyClassLoader(GroovyDriver.class.getClassLoader())) {
      loader.parseClass(source, "Inventory.groovy");
      IntUnaryOperator inventory = newInstance(loader, "Inventory");
      IntUnaryOperator tally = newInstance(loader, "Tally");
      AtomicLong inventoryResults = new AtomicLong();
      AtomicLong tallyResults = new AtomicLong();
      AtomicLong scriptChars = new AtomicLong();
      Workers.run(
          "groovy",
          THREADS * 2,
          worker -> {
            if (worker < THREADS) {
              for (int i = 0; i < CALLS; i++) {
                inventoryResults.addAndGet(inventory.applyAsInt(worker * CALLS + i));
                tallyResults.addAndGet(tally.applyAsInt(i));
              }
            } else {
              scriptChars.addAndGet(runScripts(worker));
            }
          });
      GroovyObject dynamic = (GroovyObject) inventory;
      long moves = (Long) dynamic.invokeMethod("moves", null);
      int total = (Integer) dynamic.invokeMethod("total", null);
      int kinds = (Integer) dynamic.invokeMethod("kinds", null);
      long tallySum = (Long) ((GroovyObject) tally).invokeMethod("sum", null);
      Workers.check(tallySum == tallyResults.get(), "tally " + tallySum);
      System.out.printf(
          "GroovyDriver: inventory results=%d moves=%d stock=%d kinds=%d tally=%d scripts=%d%n",
          inventoryResults.get(), moves, total, kinds, tallySum, scriptChars.get());
    }
    System.out.println("GroovyDriver: ok");
  }

  /**
   * Compiles and runs a few scripts in a shell of this thread's own; the length of their results.
   */
  private static long runScripts(int worker) {
    long chars = 0;
    GroovyShell shell = new GroovyShell(GroovyDriver.class.getClassLoader());
    for (int i = 0; i < SCRIPTS; i++) {
      Binding binding = new Binding();
      binding.setVariable(
          "text", "the lock order of the race " + "x".repeat(i) + " lock " + worker);
      binding.setVariable("seed", i);
      Script script = shell.parse(SCRIPT + "// " + worker + "-" + i + "\n");
      script.setBinding(binding);
      chars += script.run().toString().length();
    }
    return chars;
  }

  private static IntUnaryOperator newInstance(GroovyClassLoader loader, String simpleName)
      throws Exception {
    Class<?> type = loader.loadClass("io.lockwatch.compat.groovy.scripts." + simpleName);
    return (IntUnaryOperator) type.getDeclaredConstructor().newInstance();
  }
}
