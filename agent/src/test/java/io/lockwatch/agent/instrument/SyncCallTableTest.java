package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.Test;

/**
 * The hooks the instrumentation emits against the bridge they call: a hook that does not exist
 * would be a {@code NoSuchMethodError} in the application.
 */
class SyncCallTableTest {

  @Test
  void every_row_resolves_to_a_public_static_bridge_method_of_its_hook_descriptor() {
    List<SyncCallTable.Row> rows = SyncCallTable.rows();

    assertThat(rows).hasSize(77);
    assertThat(rows)
        .allSatisfy(row -> assertThat(bridgeMethod(row.hook())).as(row.toString()).isPresent());
  }

  @Test
  void every_hook_the_visitors_emit_resolves_to_a_public_static_bridge_method() throws Exception {
    assertThat(emittedHooks())
        .hasSize(36)
        .allSatisfy(hook -> assertThat(bridgeMethod(hook)).as(hook.toString()).isPresent());
  }

  @Test
  void a_misspelt_or_mistyped_hook_does_not_resolve() {
    Hook await =
        SyncCallTable.lookup(
                Opcodes.INVOKEINTERFACE,
                "java/util/concurrent/locks/Condition",
                "await",
                "()V",
                (owner, superType) -> false)
            .hook();
    assertThat(bridgeMethod(await)).isPresent();

    assertThat(bridgeMethod(new Hook(await.owner(), "awiat", await.descriptor()))).isEmpty();
    assertThat(bridgeMethod(new Hook(await.owner(), "await", "(Ljava/lang/Object;I)V"))).isEmpty();
    assertThat(
            bridgeMethod(
                new Hook("io/lockwatch/bridge/ConditionHook", "await", await.descriptor())))
        .isEmpty();
  }

  @Test
  void every_public_hook_of_the_bridge_is_emitted_by_some_row_or_visitor() throws Exception {
    Set<Hook> emitted = new HashSet<>(emittedHooks());
    SyncCallTable.rows().forEach(row -> emitted.add(row.hook()));
    Set<String> owners = new HashSet<>();
    emitted.forEach(hook -> owners.add(hook.owner()));

    List<Hook> published = new ArrayList<>();
    for (String owner : owners) {
      for (Method method : Class.forName(owner.replace('/', '.')).getDeclaredMethods()) {
        if (isPublicStatic(method)) {
          published.add(new Hook(owner, method.getName(), Type.getMethodDescriptor(method)));
        }
      }
    }
    assertThat(owners).hasSize(15);
    assertThat(emitted).containsExactlyInAnyOrderElementsOf(published);
  }

  /** The public static method a hook names, if there is one. */
  private static Optional<Method> bridgeMethod(Hook hook) {
    Class<?> owner;
    try {
      owner =
          Class.forName(
              hook.owner().replace('/', '.'), false, SyncCallTableTest.class.getClassLoader());
    } catch (ClassNotFoundException missing) {
      return Optional.empty();
    }
    return Stream.of(owner.getDeclaredMethods())
        .filter(m -> m.getName().equals(hook.name()))
        .filter(m -> Type.getMethodDescriptor(m).equals(hook.descriptor()))
        .filter(SyncCallTableTest::isPublicStatic)
        .findFirst();
  }

  private static boolean isPublicStatic(Method method) {
    return Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers());
  }

  /** The hook constants of {@link HookNames}, read by reflection so that none is left out. */
  private static List<Hook> emittedHooks() throws IllegalAccessException {
    List<Hook> hooks = new ArrayList<>();
    for (Field field : HookNames.class.getDeclaredFields()) {
      if (field.getType() == Hook.class) {
        hooks.add((Hook) field.get(null));
      }
    }
    return hooks;
  }
}
