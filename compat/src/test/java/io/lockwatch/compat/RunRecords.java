package io.lockwatch.compat;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a driver's runs leave for a person: the findings of each mode in {@code
 * <Driver>-races-<mode>-findings.txt}, and one line of wall times per driver in {@code timings.tsv}
 * (driver, plain, on, predict, off, in ms; started afresh by each test JVM), both also printed to
 * the test log.
 */
final class RunRecords {
  private static final AtomicBoolean TIMINGS_STARTED = new AtomicBoolean();

  private RunRecords() {}

  static void write(
      DriverProgram driver, AgentJvmResult plain, Map<String, AgentJvmResult> byMode) {
    Path dir = TestPaths.runsDir();
    StringBuilder timing = new StringBuilder(driver.name).append('\t').append(ms(plain));
    StringBuilder shown = new StringBuilder(driver.name + ": plain " + ms(plain) + " ms");
    for (Map.Entry<String, AgentJvmResult> entry : byMode.entrySet()) {
      String mode = entry.getKey();
      AgentJvmResult run = entry.getValue();
      String text = FindingsText.of(driver.name + " races=" + mode, run);
      System.out.println(text);
      write(dir.resolve(driver.name + "-races-" + mode + "-findings.txt"), text, false);
      timing.append('\t').append(ms(run));
      shown.append(String.format(", %s %d ms (x%.1f)", mode, ms(run), ratio(run, plain)));
    }
    System.out.println(shown);
    boolean first = TIMINGS_STARTED.compareAndSet(false, true);
    write(dir.resolve("timings.tsv"), timing + "\n", !first);
  }

  private static long ms(AgentJvmResult run) {
    return run.elapsed().toMillis();
  }

  private static double ratio(AgentJvmResult run, AgentJvmResult plain) {
    return (double) ms(run) / Math.max(1, ms(plain));
  }

  private static void write(Path file, String text, boolean append) {
    try {
      Files.createDirectories(file.getParent());
      if (append) {
        Files.writeString(
            file,
            text,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } else {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
