package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.InstrumentingClassVisitor;
import io.lockwatch.agent.instrument.MaxLocals;
import io.lockwatch.agent.instrument.RewriteStores;
import io.lockwatch.agent.instrument.RewritingTransformer;
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
final class JdkTransformer extends RewritingTransformer {
  private final boolean handOffs;

  JdkTransformer(RewriteStores stores, boolean handOffs) {
    super(stores);
    this.handOffs = handOffs;
  }

  /** True when this class of the bootstrap loader is one to rewrite. */
  @Override
  protected boolean instruments(String internalName, ClassLoader loader) {
    return loader == null && internalName != null && JdkRules.instruments(internalName, handOffs);
  }

  @Override
  protected InstrumentingClassVisitor visitorFor(
      ClassReader reader, ClassWriter writer, ClassLoader loader) {
    return new JdkClassVisitor(
        OpenedClassReader.ASM_API,
        writer,
        stores().sites(),
        stores().fields(),
        handOffs,
        handOffs ? MaxLocals.of(reader) : java.util.Map.of());
  }
}
