package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.Hook;
import io.lockwatch.bridge.FieldHooks;
import io.lockwatch.bridge.JdkHooks;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The bridge hooks instrumented JDK code calls. Class literals, so that a renamed hook does not
 * compile; first used after the bridge is on the bootstrap class path.
 */
final class JdkHookNames {
  static final String JDK_HOOKS = Type.getInternalName(JdkHooks.class);
  static final String FIELD_HOOKS = Type.getInternalName(FieldHooks.class);

  private static final String OBJECT_SITE = "(Ljava/lang/Object;I)V";

  static final Hook MONITOR_ENTER = new Hook(JDK_HOOKS, "monitorEnter", OBJECT_SITE);
  static final Hook MONITOR_EXIT = new Hook(JDK_HOOKS, "monitorExit", OBJECT_SITE);
  static final Hook INTERNAL_MONITOR_ENTER =
      new Hook(JDK_HOOKS, "internalMonitorEnter", OBJECT_SITE);
  static final Hook INTERNAL_MONITOR_EXIT = new Hook(JDK_HOOKS, "internalMonitorExit", OBJECT_SITE);
  static final Hook SYNC_METHOD_ENTER = new Hook(JDK_HOOKS, "syncMethodEnter", OBJECT_SITE);
  static final Hook SYNC_METHOD_EXIT = new Hook(JDK_HOOKS, "syncMethodExit", "(I)V");
  static final Hook BINS_ENTER = new Hook(JDK_HOOKS, "binsEnter", OBJECT_SITE);
  static final Hook BINS_ENTER_TO_WRITE = new Hook(JDK_HOOKS, "binsEnterToWrite", OBJECT_SITE);
  static final Hook BINS_EXIT = new Hook(JDK_HOOKS, "binsExit", OBJECT_SITE);
  static final Hook INTERNAL_LOCKED = new Hook(JDK_HOOKS, "internalLocked", OBJECT_SITE);
  static final Hook INTERNAL_TRY_LOCKED =
      new Hook(JDK_HOOKS, "internalTryLocked", "(ZLjava/lang/Object;I)Z");
  static final Hook INTERNAL_UNLOCKING = new Hook(JDK_HOOKS, "internalUnlocking", OBJECT_SITE);
  static final Hook ACQUIRED_IF = new Hook(JDK_HOOKS, "acquiredIf", "(ZLjava/lang/Object;I)Z");
  static final Hook RELEASE = new Hook(FIELD_HOOKS, "volatileWrite", "(Ljava/lang/Object;I)V");
  static final Hook ACQUIRE = new Hook(FIELD_HOOKS, "volatileRead", "(Ljava/lang/Object;I)V");

  private JdkHookNames() {}

  /** The hook replacing {@code Object.wait} of this descriptor (the site id added last). */
  static Hook waitHook(String descriptor) {
    return new Hook(
        JDK_HOOKS,
        "wait",
        "(Ljava/lang/Object;" + descriptor.substring(1, descriptor.indexOf(')')) + "I)V");
  }

  /** Pushes an int constant with the shortest instruction. */
  static void pushInt(MethodVisitor next, int value) {
    if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      next.visitIntInsn(Opcodes.BIPUSH, value);
    } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      next.visitIntInsn(Opcodes.SIPUSH, value);
    } else {
      next.visitLdcInsn(value);
    }
  }
}
