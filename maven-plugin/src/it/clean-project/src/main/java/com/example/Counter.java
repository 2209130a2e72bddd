package com.example;

/** A counter that takes its one lock for every change. */
public final class Counter {
  private final Object lock = new Object();
  private long value;

  public void increment() {
    synchronized (lock) {
      value++;
    }
  }

  public long value() {
    synchronized (lock) {
      return value;
    }
  }
}
