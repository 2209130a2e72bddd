package io.lockwatch.engine.deadlock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockClassTest {
  @Test
  void an_internal_lock_class_names_its_type_and_its_owner() {
    String name =
        LockClass.internalName(
            "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.LinkedBlockingQueue");

    assertThat(name)
        .isEqualTo(
            "java.util.concurrent.locks.ReentrantLock in java.util.concurrent.LinkedBlockingQueue");
    assertThat(LockClass.internalType(name)).isEqualTo("java.util.concurrent.locks.ReentrantLock");
    assertThat(LockClass.internalOwner(name)).isEqualTo("java.util.concurrent.LinkedBlockingQueue");
  }

  @Test
  void other_lock_classes_have_no_owner() {
    for (String name :
        new String[] {
          "field com.example.Bank.lock", "static field com.example.Bank.LOCK", "com.example.Account"
        }) {
      assertThat(LockClass.internalOwner(name)).as(name).isNull();
      assertThat(LockClass.internalType(name)).as(name).isNull();
    }
  }
}
