package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.ClassDumps;
import io.lockwatch.agent.instrument.MaxLocals;
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
 * Rewrites the JDK classes {@link JdkRules} names, as they load or when retransformed at start-up.
 * Only classes of the bootstrap loader are touched (an application's own class of the same name
 * cannot exist, but a copy in another loader is left alone). The rewrite needs no other class (no
 * frames computed, no type hierarchy asked), so it can load nothing while it runs, and it runs as
 * agent code: whatever instrumented JDK code it calls reports nothing. A failure leaves the class
 * as it was and is counted.
 */
final class JdkTransformer implements ClassFileTransformer {
  private final SiteRegistry sites;
  private final FieldRegistry fields;
  private final boolean handOffs;
  private final Path dumpDirectory;
  private final RuntimeCounters counters;
  private final AgentErrors errors;

  JdkTransformer(
      SiteRegistry sites,
      FieldRegistry fields,
      boolean handOffs,
      Path dumpDirectory,
      RuntimeCounters counters,
      AgentErrors errors) {
    this.sites = sites;
    this.fields = fields;
    this.handOffs = handOffs;
    this.dumpDirectory = dumpDirectory;
    this.counters = counters;
    this.errors = errors;
  }

  /** True when this class of the bootstrap loader is one to rewrite. */
  boolean instruments(String internalName, ClassLoader loader) {
    return loader == null && internalName != null && JdkRules.instruments(internalName, handOffs);
  }

  @Override
  public byte[] transform(
      ClassLoader loader,
      String internalName,
      Class<?> classBeingRedefined,
      ProtectionDomain domain,
      byte[] classFile) {
    if (!instruments(internalName, loader)) {
      return null;
    }
    boolean wasBusy = AgentThreads.enter();
    try {
      byte[] rewritten = rewrite(classFile);
      if (rewritten != null && dumpDirectory != null) {
        ClassDumps.write(dumpDirectory, internalName, rewritten, errors);
      }
      return rewritten;
    } catch (Throwable failure) {
      errors.record("instrumentation", internalName.replace('/', '.'), failure);
      return null;
    } finally {
      AgentThreads.leave(wasBusy);
    }
  }

  /** The rewritten class file, or null when nothing in it is watched. */
  byte[] rewrite(byte[] classFile) {
    ClassReader reader = OpenedClassReader.of(classFile);
    ClassWriter writer = new ClassWriter(0);
    JdkClassVisitor visitor =
        new JdkClassVisitor(
            OpenedClassReader.ASM_API,
            writer,
            sites,
            fields,
            handOffs,
            handOffs ? MaxLocals.of(reader) : java.util.Map.of());
    reader.accept(visitor, 0);
    if (!visitor.changed()) {
      return null;
    }
    counters.classesInstrumented.increment();
    return writer.toByteArray();
  }
}
