package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.SiteInfo;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Reports the monitor of a {@code synchronized} method: a bridge call first thing in the body (the
 * JVM has just acquired {@code this} or the class), and a release call before every return and on
 * the way out of a catch-all handler that rethrows.
 *
 * <p>The method stays {@code synchronized}: the JVM keeps owning the monitor, which also makes this
 * safe for classes retransformed after they were loaded. The handler's frame declares no locals,
 * so it verifies whatever the body does with its local variables.
 */
final class SyncMethodVisitor extends MethodVisitor {
  private final MethodContext method;
  private final Label bodyStart = new Label();
  private SiteInfo site;
  private int siteId;

  SyncMethodVisitor(int api, MethodVisitor next, MethodContext method) {
    super(api, next);
    this.method = method;
  }

  @Override
  public void visitCode() {
    super.visitCode();
    siteId = method.registerSite(-1, method.isStatic() ? "class " + method.className() : "this");
    site = method.sites().get(siteId);
    if (method.isStatic()) {
      super.visitLdcInsn(Type.getObjectType(method.internalName()));
    } else {
      super.visitVarInsn(Opcodes.ALOAD, 0);
    }
    pushSite();
    super.visitMethodInsn(
        Opcodes.INVOKESTATIC, HookNames.HOOKS, HookNames.SYNC_METHOD_ENTER, HookNames.OBJECT_SITE, false);
    super.visitLabel(bodyStart);
  }

  @Override
  public void visitLineNumber(int line, Label start) {
    site.setLineIfUnknown(line);
    super.visitLineNumber(line, start);
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
      exitHook();
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
    if (method.framesRequired()) {
      super.visitFrame(Opcodes.F_FULL, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"});
    }
    exitHook();
    super.visitInsn(Opcodes.ATHROW);
    super.visitMaxs(Math.max(maxStack, 2) + 2, maxLocals);
  }

  private void exitHook() {
    pushSite();
    super.visitMethodInsn(
        Opcodes.INVOKESTATIC, HookNames.HOOKS, HookNames.SYNC_METHOD_EXIT, HookNames.SITE_ONLY, false);
  }

  private void pushSite() {
    super.visitLdcInsn(siteId);
  }
}
