package io.lockwatch.it.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two threads load classes through two application class loaders that are not parallel capable
 * (loading holds the loader's own monitor) and synchronise their resource lookups too, the first
 * consulting the second, as old web and module loaders do. The agent reads class files through
 * these lookups while it transforms a class: if it held one lock of its own meanwhile, the thread
 * loading through the second loader would wait for it while holding that loader's monitor, which
 * the first thread's lookup needs: a deadlock the program itself cannot make. Prints whether both
 * loads finished, and whether anything looked resources up (only the agent does).
 */
public final class SelfLockingLoaders {
  /** Loaded by the first loader; implementing an interface makes the agent read its class file. */
  public static final class First implements Runnable {
    @Override
    public void run() {}
  }

  /** Loaded by the second loader. */
  public static final class Second implements Runnable {
    @Override
    public void run() {}
  }

  /** The nested classes by name: a class literal would load them through the application loader. */
  private static final String NESTED = SelfLockingLoaders.class.getName() + "$";

  static final CountDownLatch firstLookingUp = new CountDownLatch(1);
  static final CountDownLatch secondLoading = new CountDownLatch(1);
  static final AtomicInteger lookups = new AtomicInteger();

  /** Not parallel capable, and its lookups hold its monitor; asks {@code next} first. */
  static final class SelfLockingLoader extends ClassLoader {
    private final SelfLockingLoader next;
    private final boolean first;

    SelfLockingLoader(SelfLockingLoader next, boolean first) {
      super(ClassLoader.getPlatformClassLoader());
      this.next = next;
      this.first = first;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (!name.startsWith(SelfLockingLoaders.class.getName())) {
        throw new ClassNotFoundException(name);
      }
      if (!first) {
        secondLoading.countDown(); // this thread now holds the second loader's monitor
      }
      byte[] bytes = classFile(name.replace('.', '/') + ".class");
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public synchronized InputStream getResourceAsStream(String name) {
      lookups.incrementAndGet();
      if (first && firstLookingUp.getCount() > 0) {
        firstLookingUp.countDown();
        pause(); // let the other thread start loading through the second loader
      }
      InputStream found = next == null ? null : next.getResourceAsStream(name);
      return found != null
          ? found
          : SelfLockingLoaders.class.getClassLoader().getResourceAsStream(name);
    }

    private static void pause() {
      try {
        if (secondLoading.await(5, TimeUnit.SECONDS)) {
          Thread.sleep(300); // the other thread is in its class's transformation by now
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static void main(String[] args) throws Exception {
    SelfLockingLoader second = new SelfLockingLoader(null, false);
    SelfLockingLoader first = new SelfLockingLoader(second, true);
    Thread one = new Thread(() -> load(first, NESTED + "First"), "loads-first");
    one.start();
    if (firstLookingUp.await(2, TimeUnit.SECONDS)) {
      Thread two = new Thread(() -> load(second, NESTED + "Second"), "loads-second");
      two.setDaemon(true);
      two.start();
      two.join(10_000);
      System.out.println("second loaded " + !two.isAlive());
    }
    one.join(10_000);
    System.out.println("first loaded " + !one.isAlive());
    System.out.println("looked up " + (lookups.get() > 0));
    System.exit(0); // a deadlocked loading thread must not keep the JVM alive
  }

  private static void load(ClassLoader loader, String name) {
    try {
      Class<?> loaded = loader.loadClass(name);
      if (loaded.getClassLoader() != loader) {
        throw new AssertionError(name + " not defined by its loader");
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] classFile(String resource) {
    try (InputStream in = SelfLockingLoaders.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
