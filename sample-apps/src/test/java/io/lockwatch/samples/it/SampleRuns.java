package io.lockwatch.samples.it;

import io.lockwatch.samples.SampleCatalog;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One run per catalogued sample per test JVM, with the options the catalog gives it. Shared by the
 * integration tests: the IT of a race-free sample also looks at its racy twin's run (to prove the
 * agent was watching), and the twin's own IT reuses it instead of launching it again. Safe for
 * test classes running in parallel: each sample is launched once, by its first caller.
 */
public final class SampleRuns {
  /** Enough for any sample; the deadlock demos end themselves within seconds. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final ConcurrentHashMap<SampleCatalog, FutureTask<AgentRun>> RUNS =
      new ConcurrentHashMap<>();

  private SampleRuns() {}

  /** The sample's run under the agent, launched on first use. */
  public static AgentRun of(SampleCatalog sample) {
    FutureTask<AgentRun> launch =
        new FutureTask<>(() -> AgentRun.of(sample).timeout(TIMEOUT).run());
    FutureTask<AgentRun> known = RUNS.putIfAbsent(sample, launch);
    if (known == null) {
      launch.run();
      known = launch;
    }
    try {
      return known.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + sample, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }
}
