package io.lockwatch.testkit;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * One run per name per test JVM, shared by every test that asks for it: a race-free target's test
 * also looks at its racy twin's run, which the twin's own tests reuse instead of launching it
 * again. {@link #prefetch} launches runs in the background, a few at a time, so a test that walks a
 * catalogue in order mostly finds its run done. Safe for tests running in parallel.
 */
public final class SharedRuns {
  private final Function<String, AgentJvm> launcher;
  private final ExecutorService pool;
  private final ConcurrentHashMap<String, CompletableFuture<AgentJvmResult>> runs =
      new ConcurrentHashMap<>();

  /**
   * @param parallelism how many JVMs may run at once
   * @param launcher how to launch the run of a name
   */
  public SharedRuns(int parallelism, Function<String, AgentJvm> launcher) {
    this.launcher = launcher;
    this.pool =
        Executors.newFixedThreadPool(
            parallelism,
            task -> {
              Thread thread = new Thread(task, "shared-runs");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Launches these runs in the background, in this order, unless they are known already. */
  public void prefetch(Collection<String> names) {
    names.forEach(this::future);
  }

  /** The run of this name, launched on first use; rethrows what made it fail. */
  public AgentJvmResult get(String name) {
    try {
      return future(name).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("the run of " + name + " failed", cause);
    }
  }

  private CompletableFuture<AgentJvmResult> future(String name) {
    return runs.computeIfAbsent(
        name, key -> CompletableFuture.supplyAsync(() -> launcher.apply(key).run(), pool));
  }
}
