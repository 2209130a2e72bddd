package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.hb.Contracts;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes a call that has a contract ({@link ConcurrentContracts}) with its reports: the arguments
 * and the receiver are spilled to fresh locals (past the method's own, known from a first pass) so
 * that the receiver and the item the call is about can be passed to the bridge; a report before the
 * call when the contract may publish, and after it, with the result's outcome, when it may observe.
 * The spill is straight-line code, so no stack map frame changes.
 *
 * <p>The item: the first argument when it is a reference (a map key, an updater's or a handle's
 * object); an index when the first argument is an {@code int} or {@code long} (an atomic array), or
 * the second one after a reference (an array handle's index, an {@code Unsafe} offset).
 */
final class ContractCallWriter {
  /** The contract row of a wrapped mapping function, which the bridge reports with. */
  private static final int MAPPING_CODE =
      Contracts.code(Contracts.KEYED_MAP, Contracts.MAPPING_FUNCTION, 0);

  private ContractCallWriter() {}

  /**
   * Writes the call and its reports to {@code out}; returns the first local past the spill slots.
   *
   * @param firstFree the first local the spill may use
   */
  static int write(
      MethodVisitor out,
      int firstFree,
      int code,
      int site,
      int opcode,
      String owner,
      String name,
      String descriptor,
      boolean isInterface) {
    Type[] arguments = Type.getArgumentTypes(descriptor);
    boolean isStatic = opcode == Opcodes.INVOKESTATIC;
    int[] slots = new int[arguments.length];
    int next = firstFree;
    for (int i = 0; i < arguments.length; i++) {
      slots[i] = next;
      next += arguments[i].getSize();
    }
    int receiverSlot = next;
    if (!isStatic) {
      next += 1;
    }
    for (int i = arguments.length - 1; i >= 0; i--) {
      out.visitVarInsn(arguments[i].getOpcode(Opcodes.ISTORE), slots[i]);
    }
    if (!isStatic) {
      out.visitVarInsn(Opcodes.ASTORE, receiverSlot);
    }
    Item item = new Item(arguments, slots, isStatic ? -1 : receiverSlot);
    int effects = Contracts.possibleEffects(code);
    if ((effects & (Contracts.RELEASE_BEFORE | Contracts.ACQUIRE_BEFORE)) != 0) {
      item.push(out, code, site);
      HookNames.CALL_BEFORE.writeCall(out);
    }
    if (!isStatic) {
      out.visitVarInsn(Opcodes.ALOAD, receiverSlot);
    }
    for (int i = 0; i < arguments.length; i++) {
      out.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slots[i]);
    }
    Hook replacement = ConcurrentContracts.mappingReplacement(code, name, descriptor);
    if (replacement != null) {
      pushInt(out, MAPPING_CODE);
      pushInt(out, site);
      replacement.writeCall(out);
    } else {
      out.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
    if ((effects & (Contracts.RELEASE_AFTER | Contracts.ACQUIRE_AFTER)) != 0) {
      Hook after = afterHook(Type.getReturnType(descriptor), out);
      item.push(out, code, site);
      after.writeCall(out);
    }
    return next;
  }

  /** The hook for after a call returning {@code result}, having duplicated what it needs. */
  private static Hook afterHook(Type result, MethodVisitor out) {
    switch (result.getSort()) {
      case Type.OBJECT, Type.ARRAY -> {
        out.visitInsn(Opcodes.DUP);
        return HookNames.CALL_AFTER_OBJECT;
      }
      case Type.BOOLEAN -> {
        out.visitInsn(Opcodes.DUP);
        return HookNames.CALL_AFTER_BOOLEAN;
      }
      case Type.INT, Type.SHORT, Type.BYTE, Type.CHAR -> {
        out.visitInsn(Opcodes.DUP);
        return HookNames.CALL_AFTER_INT;
      }
      default -> {
        return HookNames
            .CALL_AFTER; // void, or a long/double/float whose value no condition looks at
      }
    }
  }

  /** Where the receiver and the item of the call are, to push them for a hook. */
  private record Item(Type[] arguments, int[] slots, int receiverSlot) {
    void push(MethodVisitor out, int code, int site) {
      if (receiverSlot >= 0) {
        out.visitVarInsn(Opcodes.ALOAD, receiverSlot);
      } else {
        out.visitInsn(Opcodes.ACONST_NULL);
      }
      boolean keyed = arguments.length > 0 && isReference(arguments[0]);
      if (keyed) {
        out.visitVarInsn(Opcodes.ALOAD, slots[0]);
      } else {
        out.visitInsn(Opcodes.ACONST_NULL);
      }
      int index = keyed ? 1 : 0;
      if (index < arguments.length && isIndex(arguments[index])) {
        out.visitVarInsn(arguments[index].getOpcode(Opcodes.ILOAD), slots[index]);
        if (arguments[index].getSort() != Type.LONG) {
          out.visitInsn(Opcodes.I2L);
        }
      } else {
        out.visitInsn(Opcodes.LCONST_0);
      }
      pushInt(out, code);
      pushInt(out, site);
    }

    private static boolean isReference(Type type) {
      return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
    }

    private static boolean isIndex(Type type) {
      int sort = type.getSort();
      return sort == Type.INT || sort == Type.LONG || sort == Type.SHORT || sort == Type.CHAR;
    }
  }

  private static void pushInt(MethodVisitor out, int value) {
    out.visitLdcInsn(value);
  }
}
