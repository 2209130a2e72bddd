package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CounterTest {
  @Test
  void two_threads_count_to_two_thousand() throws Exception {
    Counter counter = new Counter();
    Runnable thousand =
        () -> {
          for (int i = 0; i < 1000; i++) {
            counter.increment();
          }
        };
    Thread a = new Thread(thousand);
    Thread b = new Thread(thousand);
    a.start();
    b.start();
    a.join();
    b.join();
    assertEquals(2000, counter.value());
  }
}
