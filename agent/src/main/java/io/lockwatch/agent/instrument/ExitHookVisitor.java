package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Brackets a method body with hooks: an entry hook first thing, and an exit hook before every
 * return and in a catch-all handler over the whole body that rethrows, so that the exit hook runs
 * however the method ends. The handler's frame declares no locals, so it verifies whatever the body
 * does with its local variables.
 */
public abstract class ExitHookVisitor extends MethodVisitor {
  private final boolean framesRequired;
  private final int minStack;
  private final int extraStack;
  private final Label bodyStart = new Label();

  /**
   * {@code minStack} and {@code extraStack} make room for the hooks' own operands: the method gets
   * {@code max(its max stack, minStack) + extraStack}.
   */
  protected ExitHookVisitor(
      int api, MethodVisitor next, boolean framesRequired, int minStack, int extraStack) {
    super(api, next);
    this.framesRequired = framesRequired;
    this.minStack = minStack;
    this.extraStack = extraStack;
  }

  /** Emits the entry hook, with {@code getDelegate()} as the visitor to write to. */
  protected abstract void enter();

  /** Emits the exit hook, with {@code getDelegate()} as the visitor to write to. */
  protected abstract void exit();

  @Override
  public void visitCode() {
    super.visitCode();
    enter();
    super.visitLabel(bodyStart);
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
      exit();
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
    exit();
    super.visitInsn(Opcodes.ATHROW);
    super.visitMaxs(Math.max(maxStack, minStack) + extraStack, maxLocals);
  }
}
