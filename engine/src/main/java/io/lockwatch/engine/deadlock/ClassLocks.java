package io.lockwatch.engine.deadlock;

import io.lockwatch.engine.deadlock.rule.LockFacts;
import java.util.List;

/** The rules' view of lock classes. */
final class ClassLocks implements LockFacts {
  private final List<LockClass> classes;

  ClassLocks(List<LockClass> classes) {
    this.classes = classes;
  }

  @Override
  public LockKind kind(int lock) {
    return classes.get(lock).kind();
  }

  @Override
  public int permits(int lock) {
    return classes.get(lock).permits();
  }

  @Override
  public boolean writeLocked(int lock) {
    return classes.get(lock).writeLocked();
  }

  @Override
  public boolean signal(int lock) {
    return classes.get(lock).signal();
  }
}
