package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.AgentThreads;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.watchdog.DeadlocksSeen;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Builds and writes one report at start-up, from the warm-up's throwaway context, so that every
 * class the report at exit needs is loaded and initialised while the heap has room.
 *
 * <p>Why: a program that exhausts the heap leaves none for loading classes either. A class whose
 * static initialiser first runs then fails for good ({@code NoClassDefFoundError: Could not
 * initialize class sun.reflect.generics.repository.GenericDeclRepository}, Gson's first look at a
 * record's generic components, seen 1 run in 20 under {@code -Xmx64m}), and even the class-load
 * hook of a transformer cannot run ({@code JPLISAgent ... can't create name string}). The reserve
 * the report at exit is given covers what it allocates, not the first load of its code.
 *
 * <p>The rehearsal (about 250 ms, nearly all of it loading classes) runs in a thread of its own
 * while the agent installs its instrumentation, and {@code premain} waits for it (at most {@value
 * #LIMIT_SECONDS} s) before the program's {@code main} starts. Attached to a running JVM, it runs
 * beside the program; its thread is the agent's, so nothing it does is watched either way.
 *
 * <p>What it loads is what a report of its scratch context needs: a lock-order cycle and what the
 * warm-up's accesses and waits leave. Sections that context cannot have (an observed deadlock,
 * confirm verdicts, tests) still load their few classes at exit.
 */
public final class ReportRehearsal {
  private static final long LIMIT_SECONDS = 10;

  private final Thread thread;

  private ReportRehearsal(Thread thread) {
    this.thread = thread;
  }

  /**
   * Starts building a report of {@code scratch}, writing it to a file of its own in the temporary
   * directory, and deleting it. A directory it cannot write to costs the rehearsal of the file's
   * classes only; other failures are counted in {@code errors}.
   */
  public static ReportRehearsal begin(
      AgentContext scratch, ReportSettings settings, AgentErrors errors) {
    return new ReportRehearsal(
        AgentThreads.start(() -> rehearse(scratch, settings, errors), "lockwatch-rehearsal"));
  }

  /** Waits for the rehearsal to end (at most {@value #LIMIT_SECONDS} seconds). */
  public void finish() {
    try {
      thread.join(TimeUnit.SECONDS.toMillis(LIMIT_SECONDS));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void rehearse(AgentContext scratch, ReportSettings settings, AgentErrors errors) {
    try {
      Report report = new ReportBuilder(scratch, new DeadlocksSeen(), settings).build("rehearsal");
      Path file =
          Paths.get(
              System.getProperty("java.io.tmpdir"),
              "lockwatch-rehearsal-" + ProcessHandle.current().pid() + ".json");
      if (!Files.isDirectory(file.getParent())) {
        return; // never create a directory for it
      }
      try {
        ReportJson.writeAtomically(report, file); // the exit's own path, lambda and all
        Files.deleteIfExists(file);
      } catch (IOException | SecurityException notWritable) {
        // the report's own directory may still be writable; nothing to say about this one
      }
    } catch (Throwable failure) {
      errors.record("startup", "report rehearsal", failure);
    }
  }
}
