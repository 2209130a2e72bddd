package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A static bridge method that instrumented code calls: its class (internal name), name and
 * descriptor. {@code SyncCallTableTest} checks that every hook the instrumentation emits exists.
 */
public record Hook(String owner, String name, String descriptor) {

  /** Writes a call of this hook to {@code next}, the visitor after the one emitting it. */
  public void writeCall(MethodVisitor next) {
    next.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, descriptor, false);
  }
}
