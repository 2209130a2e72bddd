package io.lockwatch.it.programs;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Many threads make classes at once (proxies, lambdas) while they hold locks and write a shared
 * {@code ConcurrentHashMap}: class loading runs through the JDK's own maps and locks, which the
 * agent watches, and must neither deadlock nor be reported.
 */
public final class ClassLoadingUnderLocks {
  static final Object[] LOCKS = {new Object(), new Object()};
  static final ConcurrentHashMap<Integer, Object> MADE = new ConcurrentHashMap<>();

  private ClassLoadingUnderLocks() {}

  public static void main(String[] args) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int id = t;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  synchronized (LOCKS[id % 2]) {
                    MADE.computeIfAbsent(id * 1000 + i, k -> proxy(k));
                  }
                }
              }));
    }
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println("made " + MADE.size());
  }

  private static Object proxy(int value) {
    IntSupplier constant = () -> value;
    return Proxy.newProxyInstance(
        ClassLoadingUnderLocks.class.getClassLoader(),
        new Class<?>[] {IntSupplier.class},
        (self, method, arguments) -> constant.getAsInt());
  }
}
