package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.HookingMethodVisitor;
import io.lockwatch.agent.instrument.MethodContext;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The hand-off variables of a JDK method ({@link JdkRules#volatileVariable}): a volatile read of
 * one is an acquire after it, a volatile write a release before it, and an atomic update through
 * the variable's {@code VarHandle} or {@code Unsafe} offset (the static field last loaded names it)
 * releases before and acquires after, as its access mode says. Each goes to the bridge's volatile
 * hooks with the variable's field id, on the object whose variable it is.
 */
final class JdkHandOffVisitor extends HookingMethodVisitor {
  private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
  private static final int NONE = 0;
  private static final int ACQUIRE = 1;
  private static final int RELEASE = 2;
  private static final int BOTH = ACQUIRE | RELEASE;

  private final FieldRegistry fields;
  private final boolean constructor;

  /** The variable of the handle or offset loaded last, until a call consumes it. */
  private JdkRules.Variable loadedHandle;

  /** In a constructor: objects made by {@code new} whose constructor has not run yet. */
  private int pendingNews;

  private boolean thisInitialised;
  private int spilledLocals;

  JdkHandOffVisitor(int api, MethodVisitor next, MethodContext method, FieldRegistry fields) {
    super(api, next, method);
    this.fields = fields;
    this.constructor = method.methodName().equals("<init>");
    this.thisInitialised = !constructor;
  }

  @Override
  public void visitTypeInsn(int opcode, String type) {
    if (opcode == Opcodes.NEW) {
      pendingNews++;
    }
    super.visitTypeInsn(opcode, type);
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    MethodVisitor next = getDelegate();
    if (opcode == Opcodes.GETSTATIC) {
      JdkRules.Variable handle = JdkRules.handleVariable(owner, name);
      if (handle != null) {
        loadedHandle = handle;
      }
      super.visitFieldInsn(opcode, owner, name, descriptor);
      return;
    }
    JdkRules.Variable variable =
        opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD
            ? JdkRules.volatileVariable(owner, name)
            : null;
    if (variable == null || Type.getType(descriptor).getSize() != 1) {
      super.visitFieldInsn(opcode, owner, name, descriptor);
      return;
    }
    int id = idOf(variable);
    if (opcode == Opcodes.GETFIELD) {
      next.visitInsn(Opcodes.DUP); // the object, kept under the value read
      next.visitFieldInsn(opcode, owner, name, descriptor);
      next.visitInsn(Opcodes.SWAP);
      JdkHookNames.pushInt(next, id);
      JdkHookNames.ACQUIRE.writeCall(next);
      hookWritten();
      return;
    }
    if (thisInitialised) {
      next.visitInsn(Opcodes.SWAP); // [object, value] -> [value, object]
      next.visitInsn(Opcodes.DUP_X1); // -> [object, value, object]
      JdkHookNames.pushInt(next, id);
      JdkHookNames.RELEASE.writeCall(next);
      hookWritten();
    }
    super.visitFieldInsn(opcode, owner, name, descriptor);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    if (constructor && opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
      if (pendingNews > 0) {
        pendingNews--;
      } else {
        thisInitialised = true; // super(...) or this(...) returned
      }
    }
    JdkRules.Variable handle = loadedHandle;
    int order = handle == null ? NONE : orderOf(opcode, owner, name);
    Type[] arguments = Type.getArgumentTypes(descriptor);
    if (order == NONE
        || method.firstFreeLocal() < 0
        || arguments.length == 0
        || arguments[0].getSort() != Type.OBJECT) {
      super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      return;
    }
    loadedHandle = null;
    aroundAtomicUpdate(
        opcode, owner, name, descriptor, isInterface, arguments, idOf(handle), order);
  }

  /**
   * Spills the arguments (the object whose variable it is comes first) to fresh locals, so that the
   * object can be handed to the hooks around the call; straight-line code, no frame changes.
   */
  private void aroundAtomicUpdate(
      int opcode,
      String owner,
      String name,
      String descriptor,
      boolean isInterface,
      Type[] arguments,
      int id,
      int order) {
    MethodVisitor next = getDelegate();
    int[] slots = new int[arguments.length];
    int free = method.firstFreeLocal();
    for (int i = 0; i < arguments.length; i++) {
      slots[i] = free;
      free += arguments[i].getSize();
    }
    spilledLocals = Math.max(spilledLocals, free);
    for (int i = arguments.length - 1; i >= 0; i--) {
      next.visitVarInsn(arguments[i].getOpcode(Opcodes.ISTORE), slots[i]);
    }
    if ((order & RELEASE) != 0) {
      next.visitVarInsn(Opcodes.ALOAD, slots[0]);
      JdkHookNames.pushInt(next, id);
      JdkHookNames.RELEASE.writeCall(next);
    }
    for (int i = 0; i < arguments.length; i++) {
      next.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slots[i]);
    }
    next.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    if ((order & ACQUIRE) != 0) {
      next.visitVarInsn(Opcodes.ALOAD, slots[0]);
      JdkHookNames.pushInt(next, id);
      JdkHookNames.ACQUIRE.writeCall(next);
    }
    hookWritten();
  }

  /**
   * How an access method of a {@code VarHandle} or {@code Unsafe} orders memory, by its name: plain
   * and opaque modes not at all, acquire and release modes one way, volatile reads acquire,
   * volatile writes release, and volatile read-modify-writes both.
   */
  static int orderOf(int opcode, String owner, String name) {
    if (opcode != Opcodes.INVOKEVIRTUAL
        || !(owner.equals(VAR_HANDLE)
            || owner.equals("jdk/internal/misc/Unsafe")
            || owner.equals("sun/misc/Unsafe"))) {
      return NONE;
    }
    if (name.contains("Plain") || name.contains("Opaque")) {
      return NONE;
    }
    if (name.endsWith("Acquire")) {
      return ACQUIRE;
    }
    if (name.endsWith("Release")) {
      return RELEASE;
    }
    if (name.startsWith("compareAnd")
        || name.startsWith("weakCompareAnd")
        || name.startsWith("getAnd")) {
      return BOTH;
    }
    if (name.contains("Volatile")) {
      return name.startsWith("get") ? ACQUIRE : RELEASE;
    }
    return NONE;
  }

  private int idOf(JdkRules.Variable variable) {
    return fields.register(variable.owner(), variable.name(), false);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 3, Math.max(maxLocals, spilledLocals));
  }
}
