package io.lockwatch.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The reader of a child's standard output when it is watched line by line ({@link
 * AgentJvm#onOutputLine}): copies each line to the run's {@code .out} file, flushed whenever the
 * child has nothing more pending so that {@link RunningJvm#stdout} keeps up, hands it to the
 * listener and notes when it came. The pipe is always drained, so a chatty child never blocks on
 * it; a daemon thread, so a child whose output never closes cannot keep the caller's JVM alive.
 */
final class OutputLines extends Thread {
  /** How long, once the child ended, its last lines may take to arrive. */
  private static final long DRAIN_MILLIS = 10_000;

  private final InputStream in;
  private final Path file;
  private final Consumer<String> listener;
  private final long startNanos;
  private volatile long lastLineNanos;
  private volatile RuntimeException listenerFailure;
  private boolean drained;

  OutputLines(String name, InputStream in, Path file, Consumer<String> listener, long startNanos) {
    super(name + "-stdout");
    setDaemon(true);
    this.in = in;
    this.file = file;
    this.listener = listener;
    this.startNanos = startNanos;
    this.lastLineNanos = startNanos;
  }

  @Override
  public void run() {
    try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer copy = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        lastLineNanos = System.nanoTime();
        copy.write(line);
        copy.write(System.lineSeparator());
        if (!reader.ready()) {
          copy.flush();
        }
        if (listenerFailure == null) {
          try {
            listener.accept(line);
          } catch (RuntimeException e) {
            listenerFailure = e; // keep copying: the child must not block on a full pipe
          }
        }
      }
    } catch (IOException e) {
      // the child's end of the pipe went away; its exit status tells
    }
  }

  /** When, counted from the launch, the last line was read; zero before the first. */
  Duration lastLineAt() {
    return Duration.ofNanos(lastLineNanos - startNanos);
  }

  /**
   * Waits, once, for the last lines of a child that ended; then rethrows what the listener threw,
   * if it did.
   */
  synchronized void awaitDrained() {
    if (!drained) {
      try {
        join(DRAIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the output of " + getName(), e);
      }
      drained = true;
    }
    if (listenerFailure != null) {
      throw new IllegalStateException(
          "the output listener of " + getName() + " failed", listenerFailure);
    }
  }
}
