package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class TypeHierarchyTest {
  private static final URL CLASSES =
      TypeHierarchyTest.class.getProtectionDomain().getCodeSource().getLocation();

  /** An application's own lock type, read from its class file. */
  static final class OwnLock extends ReentrantLock {}

  @Test
  void answers_subtype_and_field_questions_from_class_files() {
    TypeHierarchy types = new TypeHierarchy();
    ClassLoader loader = TypeHierarchyTest.class.getClassLoader();
    String own = OwnLock.class.getName().replace('.', '/');

    assertThat(types.isSubtype(own, "java/util/concurrent/locks/Lock", loader)).isTrue();
    assertThat(types.isSubtype(own, "java/lang/Runnable", loader)).isFalse();
    assertThat(types.field("java/util/concurrent/locks/ReentrantLock", "sync", null))
        .isNotNull()
        .satisfies(f -> assertThat(f.isFinal()).isTrue());
    assertThat(types.field(own, "absent", loader)).isNull();
  }

  @Test
  void a_class_loader_it_read_through_can_still_be_collected() throws Exception {
    TypeHierarchy types = new TypeHierarchy();
    WeakReference<ClassLoader> dropped = askThroughNewLoader(types);
    for (int i = 0; i < 100 && dropped.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(dropped.get()).isNull();
  }

  private static WeakReference<ClassLoader> askThroughNewLoader(TypeHierarchy types)
      throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {CLASSES}, null)) {
      String own = OwnLock.class.getName().replace('.', '/');
      assertThat(types.isSubtype(own, "java/util/concurrent/locks/Lock", loader)).isTrue();
      return new WeakReference<>(loader);
    }
  }
}
