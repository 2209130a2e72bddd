package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.AgentThreads;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.lang.instrument.ClassFileTransformer;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Rewrites the class files the {@link ClassFilter} accepts with the lock visitors (Byte Buddy's
 * ASM). Class formats never change (no new members, no changed modifiers), so the same rewrite
 * serves classes being loaded and classes retransformed after an attach. Any failure leaves the
 * class as it was and is counted.
 */
final class LockingTransformer implements ClassFileTransformer {
  private final ClassFilter filter;
  private final SiteRegistry sites;
  private final RuntimeCounters counters;
  private final AgentErrors errors;
  private final TypeHierarchy types = new TypeHierarchy();
  private final FieldRegistry fields;
  private final boolean races;
  private final boolean arrays;
  private final boolean jdkState;
  private final Path dumpDirectory;
  private final ThreadLocal<Boolean> transforming = new ThreadLocal<>();

  /**
   * {@code arrays}: with {@code races}, array elements are watched too; {@code jdkState}: with
   * {@code races}, the application's calls on JDK objects that are not thread-safe are watched as
   * accesses of their state.
   */
  LockingTransformer(
      ClassFilter filter,
      SiteRegistry sites,
      FieldRegistry fields,
      boolean races,
      boolean arrays,
      boolean jdkState,
      Path dumpDirectory,
      RuntimeCounters counters,
      AgentErrors errors) {
    this.jdkState = jdkState;
    this.dumpDirectory = dumpDirectory;
    this.filter = filter;
    this.fields = fields;
    this.races = races;
    this.arrays = arrays;
    this.sites = sites;
    this.counters = counters;
    this.errors = errors;
  }

  @Override
  public byte[] transform(
      ClassLoader loader,
      String internalName,
      Class<?> classBeingRedefined,
      ProtectionDomain domain,
      byte[] classFile) {
    if (internalName == null || !filter.instruments(internalName.replace('/', '.'), loader)) {
      return null;
    }
    if (transforming.get() != null) {
      return null; // a class loaded by our own transformation: leave it alone
    }
    transforming.set(Boolean.TRUE);
    boolean wasBusy = AgentThreads.enter(); // the JDK code the rewrite calls reports nothing
    try {
      byte[] rewritten = rewrite(loader, classFile);
      if (rewritten != null && dumpDirectory != null) {
        ClassDumps.write(dumpDirectory, internalName, rewritten, errors);
      }
      return rewritten;
    } catch (Throwable failure) {
      errors.record("instrumentation", internalName.replace('/', '.'), failure);
      return null;
    } finally {
      AgentThreads.leave(wasBusy);
      transforming.remove();
    }
  }

  /** The instrumented class file, or null when the class has no lock operation. */
  byte[] rewrite(ClassLoader loader, byte[] classFile) {
    ClassReader reader = OpenedClassReader.of(classFile);
    ClassWriter writer = new ClassWriter(0);
    LockingClassVisitor.Setup setup =
        new LockingClassVisitor.Setup(
            sites,
            fields,
            (owner, superType) -> types.isSubtype(owner, superType, loader),
            (owner, name) -> types.field(owner, name, loader),
            filter,
            races,
            races && arrays,
            races ? MaxLocals.of(reader) : java.util.Map.of(),
            jdkState);
    LockingClassVisitor visitor = new LockingClassVisitor(OpenedClassReader.ASM_API, writer, setup);
    reader.accept(visitor, 0);
    if (!visitor.changed()) {
      return null;
    }
    counters.classesInstrumented.increment();
    return writer.toByteArray();
  }
}
