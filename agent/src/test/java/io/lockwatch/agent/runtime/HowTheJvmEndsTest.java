package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * How the JVM ends, read off the stack of the thread that runs the hooks (as the JDK builds it).
 */
class HowTheJvmEndsTest {
  private static StackTraceElement frame(String type, String method) {
    return new StackTraceElement(type, method, null, -1);
  }

  private static final StackTraceElement RUN_HOOKS =
      frame("java.lang.ApplicationShutdownHooks", "runHooks");
  private static final StackTraceElement HOOK_JOIN = frame("java.lang.Thread", "join");

  /**
   * The stack of the thread that joins the hooks, above {@code below} (the frames that began it).
   */
  private static StackTraceElement[] hookRunnerAbove(StackTraceElement... below) {
    StackTraceElement[] top = {
      HOOK_JOIN,
      RUN_HOOKS,
      frame("java.lang.ApplicationShutdownHooks$1", "run"),
      frame("java.lang.Shutdown", "runHooks")
    };
    StackTraceElement[] stack = Arrays.copyOf(top, top.length + below.length);
    System.arraycopy(below, 0, stack, top.length, below.length);
    return stack;
  }

  @Test
  void a_call_to_system_exit_is_an_exit() {
    StackTraceElement[] stack =
        hookRunnerAbove(
            frame("java.lang.Shutdown", "exit"),
            frame("java.lang.Runtime", "exit"),
            frame("java.lang.System", "exit"),
            frame("com.example.Main", "main"));
    assertThat(HowTheJvmEnds.of(stack)).isEqualTo(HowTheJvmEnds.EXIT);
  }

  @Test
  void destroy_java_vm_after_the_last_thread_is_the_last_thread_ending() {
    StackTraceElement[] stack = hookRunnerAbove(frame("java.lang.Shutdown", "shutdown"));
    assertThat(HowTheJvmEnds.of(stack)).isEqualTo(HowTheJvmEnds.LAST_THREAD_ENDED);
  }

  @Test
  void a_signal_handler_runs_the_hooks_with_nothing_below_it_that_waited() {
    StackTraceElement[] stack =
        hookRunnerAbove(
            frame("java.lang.Shutdown", "exit"),
            frame("java.lang.Terminator$1", "handle"),
            frame("jdk.internal.misc.Signal$1", "run"),
            frame("java.lang.Thread", "run"));
    assertThat(HowTheJvmEnds.of(stack)).isEqualTo(HowTheJvmEnds.SIGNAL);
  }

  @Test
  void exit_frames_above_the_hook_runner_or_without_it_say_nothing() {
    StackTraceElement[] exitInsideAHook = {
      frame("java.lang.Runtime", "exit"), frame("com.example.Hook", "run"), HOOK_JOIN
    };
    assertThat(HowTheJvmEnds.of(exitInsideAHook)).isEqualTo(HowTheJvmEnds.NOT_THIS_THREAD);
    assertThat(HowTheJvmEnds.of(new StackTraceElement[0])).isEqualTo(HowTheJvmEnds.NOT_THIS_THREAD);
  }
}
