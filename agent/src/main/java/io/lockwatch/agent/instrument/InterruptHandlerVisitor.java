package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.hb.Contracts;
import java.util.HashSet;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A bridge call first thing in every exception handler that may catch an {@code
 * InterruptedException} ({@code catch (InterruptedException | Exception | Throwable e)}), with the
 * caught exception: a thread that learns it was interrupted by catching one synchronizes with its
 * interrupter (JLS 17.4.4). Catch-all handlers ({@code finally}, {@code synchronized} exits) are
 * left alone: they rethrow, and the handler that finally catches the exception reports it.
 */
final class InterruptHandlerVisitor extends MethodVisitor {
  private static final Set<String> CATCHING_INTERRUPTS =
      Set.of("java/lang/InterruptedException", "java/lang/Exception", "java/lang/Throwable");

  /** The contract row of a caught interrupt. */
  private static final int CAUGHT_CODE =
      Contracts.code(Contracts.THREAD, Contracts.INTERRUPT_CAUGHT, 0);

  private final Set<Label> handlers = new HashSet<>();
  private boolean atHandler;

  InterruptHandlerVisitor(int api, MethodVisitor next) {
    super(api, next);
  }

  @Override
  public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
    if (type != null && CATCHING_INTERRUPTS.contains(type)) {
      handlers.add(handler);
    }
    super.visitTryCatchBlock(start, end, handler, type);
  }

  @Override
  public void visitLabel(Label label) {
    super.visitLabel(label);
    if (handlers.contains(label)) {
      atHandler = true; // the hook goes after the handler's frame and line number
    }
  }

  /** Before the handler's first instruction: [exception] → [exception]. */
  private void reportCaught() {
    if (atHandler) {
      atHandler = false;
      super.visitInsn(Opcodes.DUP);
      super.visitLdcInsn(CAUGHT_CODE);
      HookNames.CAUGHT.writeCall(getDelegate());
    }
  }

  @Override
  public void visitInsn(int opcode) {
    reportCaught();
    super.visitInsn(opcode);
  }

  @Override
  public void visitIntInsn(int opcode, int operand) {
    reportCaught();
    super.visitIntInsn(opcode, operand);
  }

  @Override
  public void visitVarInsn(int opcode, int varIndex) {
    reportCaught();
    super.visitVarInsn(opcode, varIndex);
  }

  @Override
  public void visitTypeInsn(int opcode, String type) {
    reportCaught();
    super.visitTypeInsn(opcode, type);
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    reportCaught();
    super.visitFieldInsn(opcode, owner, name, descriptor);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    reportCaught();
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
  }

  @Override
  public void visitInvokeDynamicInsn(
      String name, String descriptor, Handle bootstrap, Object... arguments) {
    reportCaught();
    super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
  }

  @Override
  public void visitJumpInsn(int opcode, Label label) {
    reportCaught();
    super.visitJumpInsn(opcode, label);
  }

  @Override
  public void visitLdcInsn(Object value) {
    reportCaught();
    super.visitLdcInsn(value);
  }

  @Override
  public void visitIincInsn(int varIndex, int increment) {
    reportCaught();
    super.visitIincInsn(varIndex, increment);
  }

  @Override
  public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
    reportCaught();
    super.visitTableSwitchInsn(min, max, dflt, labels);
  }

  @Override
  public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
    reportCaught();
    super.visitLookupSwitchInsn(dflt, keys, labels);
  }

  @Override
  public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
    reportCaught();
    super.visitMultiANewArrayInsn(descriptor, numDimensions);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(Math.max(maxStack, 3), maxLocals);
  }
}
