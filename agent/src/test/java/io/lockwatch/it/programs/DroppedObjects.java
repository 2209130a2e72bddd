package io.lockwatch.it.programs;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Locks, waits on and reads or writes objects, drops them, and waits (boundedly) for the garbage
 * collector to clear weak references to them, as leak tests and pools do. Prints the names of those
 * still alive: none, unless something keeps a dropped object reachable.
 */
public final class DroppedObjects {
  /** An object with a watched field. */
  static final class Box {
    int value;
  }

  private final List<String> names = new ArrayList<>();
  private final List<WeakReference<Object>> refs = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    DroppedObjects dropped = new DroppedObjects();
    dropped.touchAll();
    Thread other = new Thread(dropped::touchFromAnotherThread, "toucher");
    other.start();
    other.join();
    // this thread lives on after touching them, as a test runner's thread does
    int rounds = 0;
    while (!dropped.alive().isEmpty() && rounds++ < 100) {
      System.gc();
      Thread.sleep(10);
    }
    System.out.println("alive " + dropped.alive());
  }

  private List<String> alive() {
    List<String> alive = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      if (refs.get(i).get() != null) {
        alive.add(names.get(i));
      }
    }
    return alive;
  }

  private void track(String name, Object object) {
    names.add(name);
    refs.add(new WeakReference<>(object));
  }

  private void touchAll() throws InterruptedException {
    Object monitor = new Object();
    synchronized (monitor) {
      monitor.wait(1);
    }
    track("monitor", monitor);
    ReentrantLock lock = new ReentrantLock();
    lock.lock();
    lock.unlock();
    track("lock", lock);
    ReentrantReadWriteLock readWrite = new ReentrantReadWriteLock();
    readWrite.readLock().lock();
    readWrite.readLock().unlock();
    track("readWriteLock", readWrite);
    Semaphore semaphore = new Semaphore(1);
    semaphore.acquire();
    semaphore.release();
    track("semaphore", semaphore);
    Box box = new Box();
    box.value = 1;
    track("box", box);
    int[] array = new int[4];
    array[0] = box.value;
    track("array", array);
    StampedLock stamped = new StampedLock();
    Box read = new Box();
    long stamp = stamped.tryOptimisticRead();
    int seen = read.value;
    System.out.println("validated " + (stamped.validate(stamp) && seen == 0));
    track("stampedLock", stamped);
    track("optimisticRead", read);
    Box unvalidated = new Box();
    stamped = new StampedLock();
    stamped.tryOptimisticRead();
    System.out.println("unvalidated " + unvalidated.value); // a section left open
    track("openOptimisticRead", unvalidated);
    track("openStampedLock", stamped);
  }

  private void touchFromAnotherThread() {
    Box box = new Box();
    synchronized (box) {
      box.value = 2;
    }
    synchronized (names) {
      track("otherThreadBox", box);
    }
  }
}
