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
 * safe for classes retransformed after they were loaded.
 */
public final class SyncMethodVisitor extends ExitHookVisitor {
  private final MethodContext method;
  private final Hook enterHook;
  private final Hook exitHook;
  private final boolean named;
  private SiteInfo site;
  private int siteId;

  SyncMethodVisitor(int api, MethodVisitor next, MethodContext method) {
    this(api, next, method, HookNames.SYNC_METHOD_ENTER, HookNames.SYNC_METHOD_EXIT, true);
  }

  /**
   * With other hooks of the same shapes ({@code (Object, int)} and {@code (int)}); {@code named}:
   * the site names the monitor {@code this} or {@code class X} (not for a JDK class's own).
   */
  public SyncMethodVisitor(
      int api, MethodVisitor next, MethodContext method, Hook enter, Hook exit, boolean named) {
    // the monitor and the site, or a long return value and the site
    super(api, next, method.framesRequired(), 2, 2);
    this.method = method;
    this.enterHook = enter;
    this.exitHook = exit;
    this.named = named;
  }

  @Override
  protected void enter() {
    String expression = method.isStatic() ? "class " + method.className() : "this";
    siteId = method.registerLockSite(-1, named ? expression : null);
    site = method.sites().get(siteId);
    MethodVisitor next = getDelegate();
    if (method.isStatic()) {
      next.visitLdcInsn(Type.getObjectType(method.internalName()));
    } else {
      next.visitVarInsn(Opcodes.ALOAD, 0);
    }
    next.visitLdcInsn(siteId);
    enterHook.writeCall(next);
  }

  @Override
  protected void exit() {
    getDelegate().visitLdcInsn(siteId);
    exitHook.writeCall(getDelegate());
  }

  @Override
  public void visitLineNumber(int line, Label start) {
    site.setLineIfUnknown(line);
    super.visitLineNumber(line, start);
  }
}
