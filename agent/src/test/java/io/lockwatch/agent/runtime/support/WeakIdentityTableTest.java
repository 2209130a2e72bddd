package io.lockwatch.agent.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

class WeakIdentityTableTest {
  @Test
  void an_entry_is_the_entry_of_its_key_only_by_identity() {
    WeakIdentityTable<String> table = new WeakIdentityTable<>(v -> {});
    String key = new String("k");
    WeakIdentityTable.Entry<String> entry = table.entryFor(key, () -> "value");

    assertThat(entry.value()).isEqualTo("value");
    assertThat(entry.isOf(key)).isTrue();
    assertThat(entry.isOf(new String("k"))).as("equal but not the same").isFalse();
    assertThat(table.entryOf(key)).isSameAs(entry);
    assertThat(table.entryFor(key, () -> "other")).isSameAs(entry);
  }

  @Test
  void holding_an_entry_keeps_its_key_collectable() throws InterruptedException {
    WeakIdentityTable<String> table = new WeakIdentityTable<>(v -> {});
    Object key = new Object();
    WeakIdentityTable.Entry<String> entry = table.entryFor(key, () -> "value");
    WeakReference<Object> probe = new WeakReference<>(key);
    key = null;
    for (int i = 0; i < 100 && probe.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(probe.get()).isNull();
    assertThat(entry.get()).isNull();
    assertThat(entry.isOf(new Object())).isFalse();
  }
}
