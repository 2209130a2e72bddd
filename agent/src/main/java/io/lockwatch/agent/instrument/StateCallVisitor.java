package io.lockwatch.agent.instrument;

import io.lockwatch.bridge.StateHooks;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Lock calls as {@link LockCallVisitor} instruments them, and, before each {@link StateCalls} call,
 * a report of the receiver as read or written (at run time only receivers that are JDK objects that
 * are not thread-safe count); a call that returns a view or an iterator also reports what it
 * returned, so that calls on the view count as calls on the receiver. The receiver is named by its
 * expression at the call (the field that holds it), which names the finding.
 *
 * <p>The arguments are spilled to fresh locals past those any other spill of the same call uses,
 * and the spill goes straight to the next visitor, so the expressions {@code LockCallVisitor}
 * tracks still see the call's own operands.
 */
final class StateCallVisitor extends LockCallVisitor {
  private static final String HOOKS = Type.getInternalName(StateHooks.class);
  private static final Hook READ = new Hook(HOOKS, "read", "(Ljava/lang/Object;I)V");
  private static final Hook WRITE = new Hook(HOOKS, "write", "(Ljava/lang/Object;I)V");
  private static final Hook DERIVED =
      new Hook(HOOKS, "derived", "(Ljava/lang/Object;Ljava/lang/Object;)V");

  private final MethodContext method;
  private int spilledLocals;

  StateCallVisitor(
      int api, MethodVisitor next, MethodContext method, SyncCallTable.SubtypeCheck isSubtype) {
    super(api, next, method, isSubtype);
    this.method = method;
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    StateCalls.Kind kind =
        method.firstFreeLocal() < 0 ? null : StateCalls.kindOf(opcode, owner, name);
    if (kind == null) {
      super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      return;
    }
    Type[] arguments = Type.getArgumentTypes(descriptor);
    int site = registerSite(arguments.length);
    MethodVisitor next = getDelegate();
    // past the slots another spill of this call may use: its arguments and its receiver
    int free = method.firstFreeLocal() + 1;
    for (Type argument : arguments) {
      free += argument.getSize();
    }
    int[] slots = new int[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      slots[i] = free;
      free += arguments[i].getSize();
    }
    int receiver = free++;
    spilledLocals = Math.max(spilledLocals, free);
    for (int i = arguments.length - 1; i >= 0; i--) {
      next.visitVarInsn(arguments[i].getOpcode(Opcodes.ISTORE), slots[i]);
    }
    next.visitInsn(Opcodes.DUP);
    next.visitVarInsn(Opcodes.ASTORE, receiver);
    pushInt(site);
    (kind == StateCalls.Kind.WRITE ? WRITE : READ).writeCall(next);
    next.visitVarInsn(Opcodes.ALOAD, receiver);
    for (int i = 0; i < arguments.length; i++) {
      next.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slots[i]);
    }
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    if (StateCalls.returnsView(descriptor)) {
      next.visitInsn(Opcodes.DUP);
      next.visitVarInsn(Opcodes.ALOAD, receiver);
      DERIVED.writeCall(next);
    }
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 2, Math.max(maxLocals, spilledLocals));
  }
}
