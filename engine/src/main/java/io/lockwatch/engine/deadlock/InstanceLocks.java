package io.lockwatch.engine.deadlock;

import io.lockwatch.engine.deadlock.rule.LockFacts;
import java.util.List;

/** The rules' view of lock objects; a lock's kind is its class's. */
final class InstanceLocks implements LockFacts {
  private final List<LockInstance> instances;
  private final List<LockClass> classes;

  InstanceLocks(List<LockInstance> instances, List<LockClass> classes) {
    this.instances = instances;
    this.classes = classes;
  }

  @Override
  public LockKind kind(int lock) {
    return classes.get(instances.get(lock).lockClass()).kind();
  }

  @Override
  public int permits(int lock) {
    return instances.get(lock).permits();
  }

  @Override
  public boolean writeLocked(int lock) {
    return instances.get(lock).writeLocked();
  }

  @Override
  public boolean signal(int lock) {
    return instances.get(lock).signal();
  }
}
