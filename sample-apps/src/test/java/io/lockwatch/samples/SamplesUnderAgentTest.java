package io.lockwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.BankTransferOrdered;
import io.lockwatch.samples.lockorder.BankTransferUnordered;
import io.lockwatch.samples.lockorder.GateLockedOrder;
import io.lockwatch.samples.lockorder.TryLockBackoff;
import io.lockwatch.samples.lockorder.UnorderedLocking;
import io.lockwatch.samples.primitives.BoundedBufferConditions;
import io.lockwatch.samples.primitives.NestedMonitorLockout;
import io.lockwatch.samples.primitives.SemaphorePool;
import io.lockwatch.samples.races.HandoffBlockingQueue;
import io.lockwatch.samples.races.RaceProneBank;
import io.lockwatch.samples.races.SafeBank;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The project eats its own cooking: this test class runs in a JVM with the agent attached the way a
 * user's build attaches it (the {@code lockwatch-unit-tests} surefire execution), and the build's
 * {@code verify} phase checks the report it leaves against {@code lockwatch-baseline.json}, which
 * lists the intentionally buggy samples. A new finding in any of them fails the build.
 */
class SamplesUnderAgentTest {

  @Test
  void the_agent_is_attached_to_this_jvm() throws ClassNotFoundException {
    Class<?> hooks = Class.forName("io.lockwatch.bridge.Hooks", false, null);
    assertThat(hooks.getClassLoader()).as("the bridge is on the bootstrap class path").isNull();
  }

  @Test
  void lock_order_samples_run() throws Exception {
    assertFinishes(UnorderedLocking.class, UnorderedLocking::main);
    assertFinishes(BankTransferUnordered.class, BankTransferUnordered::main);
    assertFinishes(BankTransferOrdered.class, BankTransferOrdered::main);
    assertFinishes(GateLockedOrder.class, GateLockedOrder::main);
    assertFinishes(TryLockBackoff.class, TryLockBackoff::main);
  }

  @Test
  void primitive_samples_run() throws Exception {
    assertFinishes(BoundedBufferConditions.class, BoundedBufferConditions::main);
    assertFinishes(SemaphorePool.class, SemaphorePool::main);
    assertFinishes(NestedMonitorLockout.class, NestedMonitorLockout::main);
  }

  @Test
  void race_samples_run() throws Exception {
    assertFinishes(RaceProneBank.class, RaceProneBank::main);
    assertFinishes(SafeBank.class, SafeBank::main);
    assertFinishes(HandoffBlockingQueue.class, HandoffBlockingQueue::main);
  }

  /** A sample's main. */
  private interface Main {
    void run(String[] args) throws Exception;
  }

  /** Runs a sample in this JVM and checks it printed its closing line, as it does on its own. */
  private static void assertFinishes(Class<?> sample, Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains(sample.getSimpleName() + ": done");
  }
}
