package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.Hook;
import io.lockwatch.agent.instrument.HookingMethodVisitor;
import io.lockwatch.agent.instrument.MethodContext;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The monitors, locks and waits of a JDK method, as its class's {@link JdkRules.Locks} say: a hook
 * just before each {@code monitorenter} and {@code monitorexit} (as in application code: never
 * after, which would keep the JIT from compiling the method), a hook after each internal {@code
 * lock()} and before each {@code unlock()} (the receiver duplicated around the call, which keeps
 * the call itself), and {@code Object.wait} replaced by a bridge method that reports around it.
 */
final class JdkLockVisitor extends HookingMethodVisitor {
  private static final String LOCK = "java/util/concurrent/locks/Lock";
  private static final String REENTRANT_LOCK = "java/util/concurrent/locks/ReentrantLock";

  private final JdkRules.Locks locks;
  private final String expression;

  JdkLockVisitor(int api, MethodVisitor next, MethodContext method, JdkRules.Locks locks) {
    super(api, next, method);
    this.locks = locks;
    this.expression = JdkRules.lockExpression(method.internalName(), locks);
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
      boolean enter = opcode == Opcodes.MONITORENTER;
      switch (locks) {
        case SYNCHRONIZES ->
            aroundMonitor(enter ? JdkHookNames.MONITOR_ENTER : JdkHookNames.MONITOR_EXIT);
        case INTERNAL ->
            aroundMonitor(
                enter ? JdkHookNames.INTERNAL_MONITOR_ENTER : JdkHookNames.INTERNAL_MONITOR_EXIT);
        case BINS -> {
          if (!method.isStatic()) {
            MethodVisitor next = getDelegate();
            next.visitVarInsn(Opcodes.ALOAD, 0); // the map whose bin is locked
            JdkHookNames.pushInt(next, site());
            binsHook(enter).writeCall(next);
          }
        }
        default -> {}
      }
    }
    super.visitInsn(opcode);
  }

  /** A function runs under the bin lock only in {@code compute*} and {@code merge}. */
  private Hook binsHook(boolean enter) {
    if (!enter) {
      return JdkHookNames.BINS_EXIT;
    }
    String name = method.methodName();
    return name.startsWith("compute") || name.equals("merge")
        ? JdkHookNames.BINS_ENTER
        : JdkHookNames.BINS_ENTER_TO_WRITE;
  }

  private void aroundMonitor(Hook hook) {
    MethodVisitor next = getDelegate();
    next.visitInsn(Opcodes.DUP);
    JdkHookNames.pushInt(next, site());
    hook.writeCall(next);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    MethodVisitor next = getDelegate();
    if (locks == JdkRules.Locks.INTERNAL
        && opcode != Opcodes.INVOKESTATIC
        && opcode != Opcodes.INVOKESPECIAL
        && (owner.equals(LOCK) || owner.equals(REENTRANT_LOCK))) {
      switch (name + descriptor) {
        case "lock()V", "lockInterruptibly()V" -> {
          next.visitInsn(Opcodes.DUP);
          next.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
          JdkHookNames.pushInt(next, site());
          JdkHookNames.INTERNAL_LOCKED.writeCall(next);
          return;
        }
        case "tryLock()Z" -> {
          next.visitInsn(Opcodes.DUP);
          next.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
          next.visitInsn(Opcodes.SWAP);
          JdkHookNames.pushInt(next, site());
          JdkHookNames.INTERNAL_TRY_LOCKED.writeCall(next);
          return;
        }
        case "unlock()V" -> {
          next.visitInsn(Opcodes.DUP);
          JdkHookNames.pushInt(next, site());
          JdkHookNames.INTERNAL_UNLOCKING.writeCall(next);
          next.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
          return;
        }
        default -> {}
      }
    }
    if (locks == JdkRules.Locks.SYNCHRONIZES
        && opcode == Opcodes.INVOKEVIRTUAL
        && name.equals("wait")
        && (descriptor.equals("()V") || descriptor.equals("(J)V") || descriptor.equals("(JI)V"))) {
      JdkHookNames.pushInt(next, site());
      JdkHookNames.waitHook(descriptor).writeCall(next);
      return;
    }
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 3, maxLocals);
  }

  private int site() {
    hookWritten();
    return method.registerSite(line(), expression);
  }
}
