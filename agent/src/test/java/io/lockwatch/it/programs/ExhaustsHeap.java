package io.lockwatch.it.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Two threads, one after the other, take two locks in opposite orders (a potential deadlock for the
 * report), then the main thread fills the heap and keeps it full: the {@code OutOfMemoryError} ends
 * {@code main}, and the JVM exits with every byte still held by the program.
 */
public final class ExhaustsHeap {
  static final Object FIRST = new Object();
  static final Object SECOND = new Object();

  /** Never released: the heap stays full until the JVM ends. */
  static final List<long[]> HOARD = new ArrayList<>();

  public static void main(String[] args) throws InterruptedException {
    inOrder(FIRST, SECOND, "first then second");
    inOrder(SECOND, FIRST, "second then first");
    try {
      while (true) {
        HOARD.add(new long[64 * 1024]);
      }
    } catch (OutOfMemoryError full) {
      HOARD.remove(HOARD.size() - 1); // what a failed large request leaves: a little room
      throw full;
    }
  }

  private static void inOrder(Object outer, Object inner, String what) throws InterruptedException {
    Thread thread =
        new Thread(
            () -> {
              synchronized (outer) {
                synchronized (inner) {
                  System.out.println(what);
                }
              }
            });
    thread.start();
    thread.join();
  }
}
