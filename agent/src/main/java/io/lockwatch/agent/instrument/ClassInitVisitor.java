package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Marks a class initialiser's extent for race detection: a call first thing in {@code <clinit>}
 * and before it returns or throws (through a catch-all handler that rethrows). Accesses made in
 * between are initialisation, which class initialisation publishes safely to every thread.
 */
final class ClassInitVisitor extends MethodVisitor {
  private static final String FIELD_HOOKS = "io/lockwatch/bridge/FieldHooks";

  private final boolean framesRequired;
  private final Label bodyStart = new Label();

  ClassInitVisitor(int api, MethodVisitor next, boolean framesRequired) {
    super(api, next);
    this.framesRequired = framesRequired;
  }

  @Override
  public void visitCode() {
    super.visitCode();
    super.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "classInitStart", "()V", false);
    super.visitLabel(bodyStart);
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode == Opcodes.RETURN) {
      super.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "classInitEnd", "()V", false);
    }
    super.visitInsn(opcode);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    Label bodyEnd = new Label();
    Label handler = new Label();
    super.visitLabel(bodyEnd);
    super.visitTryCatchBlock(bodyStart, bodyEnd, handler, null);
    super.visitLabel(handler);
    if (framesRequired) {
      super.visitFrame(Opcodes.F_FULL, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"});
    }
    super.visitMethodInsn(Opcodes.INVOKESTATIC, FIELD_HOOKS, "classInitEnd", "()V", false);
    super.visitInsn(Opcodes.ATHROW);
    super.visitMaxs(Math.max(maxStack, 1), maxLocals);
  }
}
