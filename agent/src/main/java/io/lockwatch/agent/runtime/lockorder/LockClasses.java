package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.SiteInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock classes of this run, by name ({@link LockNames#lockClass}): a lock object gets its class
 * once, when it is first seen. There are as many as there are fields and types that hold locks in
 * the code, never as many as there are objects. A lookup is a hash map read; a new class, rare,
 * takes a private monitor.
 */
public final class LockClasses {
  /**
   * One lock class, with what its locks showed: the most permits a semaphore had, whether any was
   * write-locked, whether any was a signal (the class-level rules of the deadlock search need them
   * even when the lock objects are long gone).
   */
  public static final class Info {
    private final int id;
    private final String name;
    private final byte kind;
    private final SiteInfo firstSeen;
    private volatile int permits = -1;
    private volatile boolean writeLocked;
    private volatile boolean signal;

    Info(int id, String name, byte kind, SiteInfo firstSeen) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.firstSeen = firstSeen;
    }

    /** Dense, from 0. */
    public int id() {
      return id;
    }

    /** {@code field com.example.Bank.lock} or {@code com.example.Account}. */
    public String name() {
      return name;
    }

    /** Where its first lock was first seen, or null (tests). */
    public SiteInfo firstSeen() {
      return firstSeen;
    }

    /** The {@code LockNode.KIND_} of its locks. */
    public byte kind() {
      return kind;
    }

    /** The most permits one of its semaphores had, or -1. */
    public int permits() {
      return permits;
    }

    /** True when one of its read-write locks was taken in write mode. */
    public boolean writeLocked() {
      return writeLocked;
    }

    /** True when one of its semaphores was a signal. */
    public boolean signal() {
      return signal;
    }

    synchronized void permits(int seen) {
      if (seen > permits) {
        permits = seen;
      }
    }

    void markWriteLocked() {
      if (!writeLocked) {
        writeLocked = true;
      }
    }

    void markSignal() {
      if (!signal) {
        signal = true;
      }
    }
  }

  private final Map<String, Info> byName = new ConcurrentHashMap<>();
  private final List<Info> byId = new ArrayList<>();

  /** The class of this name, created on first mention, by a lock first seen at {@code site}. */
  Info of(String name, byte kind, SiteInfo site) {
    Info known = byName.get(name);
    if (known != null) {
      return known;
    }
    synchronized (byId) {
      return byName.computeIfAbsent(
          name,
          n -> {
            Info info = new Info(byId.size(), n, kind, site);
            byId.add(info);
            return info;
          });
    }
  }

  /** Every class so far, by id. */
  public List<Info> all() {
    synchronized (byId) {
      return List.copyOf(byId);
    }
  }
}
