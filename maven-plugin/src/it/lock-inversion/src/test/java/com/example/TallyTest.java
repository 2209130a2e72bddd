package com.example;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two tests bump one tally, each from a thread it starts; the first never joins its thread, so
 * nothing orders the two bumps: a race whose two accesses ran under two different tests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TallyTest {
  private static final Tally TALLY = new Tally();

  @Test
  @Order(1)
  void bumps_in_the_background() throws Exception {
    new Thread(TALLY::bump, "background-bump").start();
    Thread.sleep(300); // no happens-before: the bump just has time to run
  }

  @Test
  @Order(2)
  void bumps_and_waits() throws Exception {
    Thread bump = new Thread(TALLY::bump, "joined-bump");
    bump.start();
    bump.join();
  }
}
