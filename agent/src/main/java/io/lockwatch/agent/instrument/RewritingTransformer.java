package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.AgentThreads;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * What the transformers of application and JDK classes share: a rewrite runs as agent code (the JDK
 * code it calls reports nothing), leaves alone a class loaded by its own work, computes no frames
 * ({@code ClassWriter(0)}: class formats never change), counts and dumps what it rewrote, and on
 * any failure leaves the class as it was and counts the failure.
 */
public abstract class RewritingTransformer implements ClassFileTransformer {
  private final RewriteStores stores;
  private final ThreadLocal<Boolean> transforming = new ThreadLocal<>();

  protected RewritingTransformer(RewriteStores stores) {
    this.stores = stores;
  }

  /** Where the rewrite puts what it makes. */
  protected final RewriteStores stores() {
    return stores;
  }

  /** True when the class of this name (null for some hidden classes) and loader is to rewrite. */
  protected abstract boolean instruments(String internalName, ClassLoader loader);

  /** The class visitor that rewrites the class {@code reader} reads into {@code writer}. */
  protected abstract InstrumentingClassVisitor visitorFor(
      ClassReader reader, ClassWriter writer, ClassLoader loader);

  @Override
  public final byte[] transform(
      ClassLoader loader,
      String internalName,
      Class<?> classBeingRedefined,
      ProtectionDomain domain,
      byte[] classFile) {
    if (!instruments(internalName, loader)) {
      return null;
    }
    if (transforming.get() != null) {
      return null; // a class loaded by our own transformation: leave it alone
    }
    transforming.set(Boolean.TRUE);
    try {
      return rewriteAsAgent(loader, internalName, classFile);
    } finally {
      transforming.remove();
    }
  }

  /** Rewrites a class the transformer accepted, as agent code; null leaves it as it was. */
  private byte[] rewriteAsAgent(ClassLoader loader, String internalName, byte[] classFile) {
    boolean wasBusy = AgentThreads.enter();
    try {
      byte[] rewritten = rewrite(loader, classFile);
      if (rewritten != null && stores.dumpDirectory() != null) {
        ClassDumps.write(stores.dumpDirectory(), internalName, rewritten, stores.errors());
      }
      return rewritten;
    } catch (Throwable failure) {
      stores.errors().record("instrumentation", internalName.replace('/', '.'), failure);
      return null;
    } finally {
      AgentThreads.leave(wasBusy);
    }
  }

  /** The rewritten class file, or null when nothing in it is watched. */
  public final byte[] rewrite(ClassLoader loader, byte[] classFile) {
    ClassReader reader = OpenedClassReader.of(classFile);
    ClassWriter writer = new ClassWriter(0);
    InstrumentingClassVisitor visitor = visitorFor(reader, writer, loader);
    reader.accept(visitor, 0);
    if (!visitor.changed()) {
      return null;
    }
    stores.counters().classesInstrumented.increment();
    return writer.toByteArray();
  }
}
