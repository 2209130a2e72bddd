package io.lockwatch.bridge;

/**
 * Which test the calling thread runs, told by the JUnit Platform listener that ships in the agent
 * jar ({@code io.lockwatch.junit.LockwatchTestListener}); the agent attributes each finding to the
 * tests that were running in its threads. Not called by instrumented code: the listener calls it
 * once per test, so it may allocate. Every call swallows the sink's failures, like {@link Hooks}.
 */
public final class TestHooks {
  private static volatile TestSink sink = new TestSink();

  private TestHooks() {}

  /** Installs the agent's sink. Called once by the agent. */
  public static void install(TestSink newSink) {
    sink = newSink;
  }

  /** The calling thread starts running {@code test} ({@code com.example.FooTest#bar}). */
  public static void started(String test) {
    try {
      sink.started(test);
    } catch (Throwable ignored) {
      // a failing agent never fails a test
    }
  }

  /** The calling thread has finished running {@code test}. */
  public static void finished(String test) {
    try {
      sink.finished(test);
    } catch (Throwable ignored) {
      // see started
    }
  }

  /** What the agent does with the tests; this base ignores them (no agent installed yet). */
  public static class TestSink {
    /** Does nothing; the agent's sink overrides it. */
    public void started(String test) {}

    /** Does nothing; the agent's sink overrides it. */
    public void finished(String test) {}
  }
}
