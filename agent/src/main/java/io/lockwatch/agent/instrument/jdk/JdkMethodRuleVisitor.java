package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.HookingMethodVisitor;
import io.lockwatch.agent.instrument.MethodContext;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import java.util.List;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Applies a method's {@link JdkRules.MethodRule}s: a release or an acquire of a hand-off variable
 * on entry, before returns (of {@code true} only, for {@code RETURN_IF_TRUE}), or on the runnable
 * before each {@code Runnable.run()} call.
 */
final class JdkMethodRuleVisitor extends HookingMethodVisitor {
  private final List<JdkRules.MethodRule> rules;
  private final FieldRegistry fields;
  private final Type[] parameters;

  JdkMethodRuleVisitor(
      int api,
      MethodVisitor next,
      MethodContext method,
      String descriptor,
      List<JdkRules.MethodRule> rules,
      FieldRegistry fields) {
    super(api, next, method);
    this.rules = rules;
    this.fields = fields;
    this.parameters = Type.getArgumentTypes(descriptor);
    if (method.isStatic()) {
      throw new IllegalArgumentException("method rules apply to instance methods");
    }
  }

  @Override
  public void visitCode() {
    super.visitCode();
    for (JdkRules.MethodRule rule : rules) {
      if (rule.point() == JdkRules.Point.ENTRY) {
        MethodVisitor next = getDelegate();
        next.visitVarInsn(Opcodes.ALOAD, localOf(rule.argument()));
        writeHook(next, rule);
      }
    }
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.ARETURN) {
      for (JdkRules.MethodRule rule : rules) {
        MethodVisitor next = getDelegate();
        if (rule.point() == JdkRules.Point.RETURN) {
          next.visitVarInsn(Opcodes.ALOAD, localOf(rule.argument()));
          writeHook(next, rule);
        } else if (rule.point() == JdkRules.Point.RETURN_IF_TRUE && opcode == Opcodes.IRETURN) {
          next.visitVarInsn(Opcodes.ALOAD, localOf(rule.argument()));
          JdkHookNames.pushInt(next, idOf(rule));
          JdkHookNames.ACQUIRED_IF.writeCall(next);
          hookWritten();
        }
      }
    }
    super.visitInsn(opcode);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    if (opcode == Opcodes.INVOKEINTERFACE
        && owner.equals("java/lang/Runnable")
        && name.equals("run")
        && descriptor.equals("()V")) {
      for (JdkRules.MethodRule rule : rules) {
        if (rule.point() == JdkRules.Point.BEFORE_RUN) {
          MethodVisitor next = getDelegate();
          next.visitInsn(Opcodes.DUP);
          writeHook(next, rule);
        }
      }
    }
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 3, maxLocals);
  }

  /** With the object on the stack: its release or acquire of the rule's variable. */
  private void writeHook(MethodVisitor next, JdkRules.MethodRule rule) {
    JdkHookNames.pushInt(next, idOf(rule));
    (rule.release() ? JdkHookNames.RELEASE : JdkHookNames.ACQUIRE).writeCall(next);
    hookWritten();
  }

  /** The local slot of {@code this} (0) or of the n-th parameter. */
  private int localOf(int argument) {
    int slot = 1;
    for (int i = 0; i < argument - 1; i++) {
      slot += parameters[i].getSize();
    }
    return argument == 0 ? 0 : slot;
  }

  private int idOf(JdkRules.MethodRule rule) {
    return fields.register(rule.variable().owner(), rule.variable().name(), false);
  }
}
