package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Rewrites the class files the {@link ClassFilter} accepts with the lock visitors (Byte Buddy's
 * ASM). Class formats never change (no new members, no changed modifiers), so the same rewrite
 * serves classes being loaded and classes retransformed after an attach. Any failure leaves the
 * class as it was and is counted.
 */
final class LockingTransformer extends RewritingTransformer {
  private final ClassFilter filter;
  private final TypeHierarchy types = new TypeHierarchy();
  private final boolean races;
  private final boolean arrays;
  private final boolean jdkState;

  /**
   * {@code arrays}: with {@code races}, array elements are watched too; {@code jdkState}: with
   * {@code races}, the application's calls on JDK objects that are not thread-safe are watched as
   * accesses of their state.
   */
  LockingTransformer(
      ClassFilter filter, RewriteStores stores, boolean races, boolean arrays, boolean jdkState) {
    super(stores);
    this.filter = filter;
    this.races = races;
    this.arrays = arrays;
    this.jdkState = jdkState;
  }

  @Override
  protected boolean instruments(String internalName, ClassLoader loader) {
    return internalName != null && filter.instruments(internalName.replace('/', '.'), loader);
  }

  @Override
  protected InstrumentingClassVisitor visitorFor(
      ClassReader reader, ClassWriter writer, ClassLoader loader) {
    LockingClassVisitor.Setup setup =
        new LockingClassVisitor.Setup(
            stores().sites(),
            stores().fields(),
            (owner, superType) -> types.isSubtype(owner, superType, loader),
            (owner, name) -> types.field(owner, name, loader),
            filter,
            races,
            races && arrays,
            races ? MaxLocals.of(reader) : java.util.Map.of(),
            jdkState);
    return new LockingClassVisitor(OpenedClassReader.ASM_API, writer, setup);
  }
}
