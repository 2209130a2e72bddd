package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.ExitHookVisitor;
import io.lockwatch.agent.instrument.MethodContext;
import io.lockwatch.agent.runtime.support.SiteInfo;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The monitor of a {@code synchronized} JDK method ({@code Vector.add}, {@code
 * StringBuffer.append}...): a hook first thing in the body, and before every return and throw. The
 * method stays {@code synchronized}.
 */
final class JdkSyncMethodVisitor extends ExitHookVisitor {
  private final MethodContext method;
  private SiteInfo site;
  private int siteId;

  JdkSyncMethodVisitor(int api, MethodVisitor next, MethodContext method) {
    super(api, next, method.framesRequired(), 2, 2);
    this.method = method;
  }

  @Override
  protected void enter() {
    siteId = method.registerSite(-1, null);
    site = method.sites().get(siteId);
    MethodVisitor next = getDelegate();
    if (method.isStatic()) {
      next.visitLdcInsn(Type.getObjectType(method.internalName()));
    } else {
      next.visitVarInsn(Opcodes.ALOAD, 0);
    }
    JdkHookNames.pushInt(next, siteId);
    JdkHookNames.SYNC_METHOD_ENTER.writeCall(next);
  }

  @Override
  protected void exit() {
    JdkHookNames.pushInt(getDelegate(), siteId);
    JdkHookNames.SYNC_METHOD_EXIT.writeCall(getDelegate());
  }

  @Override
  public void visitLineNumber(int line, Label start) {
    site.setLineIfUnknown(line);
    super.visitLineNumber(line, start);
  }
}
