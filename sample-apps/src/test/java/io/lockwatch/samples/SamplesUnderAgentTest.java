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
import org.junit.jupiter.api.Test;

/**
 * The project eats its own cooking: this test class runs in a JVM with the agent attached the way
 * a user's build attaches it (the {@code lockwatch-unit-tests} surefire execution), and the build's
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
    UnorderedLocking.main(new String[0]);
    BankTransferUnordered.main(new String[0]);
    BankTransferOrdered.main(new String[0]);
    GateLockedOrder.main(new String[0]);
    TryLockBackoff.main(new String[0]);
  }

  @Test
  void primitive_samples_run() throws Exception {
    BoundedBufferConditions.main(new String[0]);
    SemaphorePool.main(new String[0]);
    NestedMonitorLockout.main(new String[0]);
  }

  @Test
  void race_samples_run() throws Exception {
    RaceProneBank.main(new String[0]);
    SafeBank.main(new String[0]);
    HandoffBlockingQueue.main(new String[0]);
  }
}
