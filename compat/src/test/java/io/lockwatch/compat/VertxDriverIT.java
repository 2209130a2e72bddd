package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vert.x verticles, event bus and HTTP server and client on loopback, plainly and under the agent
 * in every races mode.
 */
@Tag(CompatCheck.FULL_SUITE)
class VertxDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("vertx", "io.lockwatch.compat.vertx.VertxDriver");

  @Test
  void vertx_serves_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "io.vertx.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "VX-4, io.vertx.core.internal.pool.SimpleConnectionPool.contextProvider",
    "VX-5, io.vertx.core.internal.pool.SimpleConnectionPool.selector",
    "VX-6, io.vertx.core.internal.threadchecker.BlockedThreadChecker.blockedThreadHandler",
    "VX-8, io.vertx.core.impl.TaskQueue.currentTask",
    "VX-9, io.vertx.core.impl.TaskQueue.currentThread",
    "VX-14, io.vertx.core.internal.pool.SimpleConnectionPool.capacity",
    "VX-15, io.vertx.core.internal.pool.SimpleConnectionPool.size"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }

  /**
   * The JCTools queue's constructor runs inside the computeIfAbsent that creates the pool, so its
   * writes are published with the pool (the racy read in offer before the CAS is true, see
   * TRIAGE.md NT-1; only the pair with the constructor is false).
   */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1} from {2}")
  @CsvSource({
    "VX-2,"
        + " io.netty.util.internal.shaded.org.jctools.queues.BaseMpscLinkedArrayQueueColdProducerFields.producerBuffer,"
        + " io.netty.util.internal.shaded.org.jctools.queues.BaseMpscLinkedArrayQueue.<init>",
    "VX-3,"
        + " io.netty.util.internal.shaded.org.jctools.queues.BaseMpscLinkedArrayQueueColdProducerFields.producerMask,"
        + " io.netty.util.internal.shaded.org.jctools.queues.BaseMpscLinkedArrayQueue.<init>",
    "VX-10,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueueColdProducerFields.producerBuffer,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueue.<init>",
    "VX-11,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueueColdProducerFields.producerMask,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueue.<init>",
    "VX-12,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueueConsumerFields.consumerBuffer,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueue.<init>",
    "VX-13,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueueConsumerFields.consumerMask,"
        + " io.netty.util.internal.shaded.org.jctools.queues.atomic.BaseMpscLinkedAtomicArrayQueue.<init>"
  })
  void no_race_pairs_an_access_with_the_queue_constructor(
      String row, String field, String constructor) {
    AbsentFindings.of(DRIVER, row).noRaceOnWithAccessIn(field, constructor);
  }
}
