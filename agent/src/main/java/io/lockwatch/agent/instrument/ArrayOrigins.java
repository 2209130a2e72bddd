package io.lockwatch.agent.instrument;

import java.util.Arrays;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * A model of the operand stack, slot by slot, that remembers where each array reference came from:
 * the field it was read from, the allocation that made it, or an element of another array. Local
 * variables remember what was stored into them. Used only to name arrays in reports: where the
 * model is unsure (after a branch target without a stack map frame) it forgets, and the array is
 * named by the method instead.
 */
final class ArrayOrigins {
  private static final String WIDE = "<wide>";

  private String[] stack = new String[16];
  private int size;
  private String[] locals = new String[16];

  /** The origin of the value {@code depth} slots below the top (0: the top), or null. */
  String peek(int depth) {
    int i = size - 1 - depth;
    return i >= 0 ? stack[i] : null;
  }

  /** The stack is now {@code slots} slots of unknown values (a frame, a handler). */
  void reset(int slots) {
    size = 0;
    for (int i = 0; i < slots; i++) {
      push(null);
    }
  }

  void push(String origin) {
    if (size == stack.length) {
      stack = Arrays.copyOf(stack, size * 2);
    }
    stack[size++] = origin;
  }

  void pushType(Type type, String origin) {
    if (type.getSize() == 2) {
      push(null);
      push(WIDE);
    } else if (type.getSize() == 1) {
      push(origin);
    }
  }

  void pop(int slots) {
    size = Math.max(0, size - slots);
  }

  String popOne() {
    String top = peek(0);
    pop(1);
    return top;
  }

  /** A local variable load or store of {@code opcode}. */
  void local(int opcode, int index) {
    switch (opcode) {
      case Opcodes.ALOAD -> push(index < locals.length ? locals[index] : null);
      case Opcodes.ILOAD, Opcodes.FLOAD -> push(null);
      case Opcodes.LLOAD, Opcodes.DLOAD -> pushType(Type.LONG_TYPE, null);
      case Opcodes.ASTORE -> {
        String origin = popOne();
        if (index >= locals.length) {
          locals = Arrays.copyOf(locals, Math.max(index + 1, locals.length * 2));
        }
        locals[index] = origin;
      }
      case Opcodes.ISTORE, Opcodes.FSTORE -> pop(1);
      case Opcodes.LSTORE, Opcodes.DSTORE -> pop(2);
      default -> {} // RET
    }
  }

  /**
   * The origin of an element of an array of {@code origin}: {@code grid[][]} for a row of the field
   * {@code grid[]}, {@code new long[][] row} for a row of an allocated {@code long[][]}.
   */
  private static String element(String origin) {
    if (origin == null) {
      return null;
    }
    return origin.startsWith("F:") ? origin + "[]" : origin + " row";
  }

  /** A zero-operand instruction (an {@code aaload} yields an element of its array). */
  void insn(int opcode) {
    switch (opcode) {
      case Opcodes.NOP -> {}
      case Opcodes.ACONST_NULL,
          Opcodes.ICONST_M1,
          Opcodes.ICONST_0,
          Opcodes.ICONST_1,
          Opcodes.ICONST_2,
          Opcodes.ICONST_3,
          Opcodes.ICONST_4,
          Opcodes.ICONST_5,
          Opcodes.FCONST_0,
          Opcodes.FCONST_1,
          Opcodes.FCONST_2 ->
          push(null);
      case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1 ->
          pushType(Type.LONG_TYPE, null);
      case Opcodes.AALOAD -> {
        pop(1);
        String array = popOne();
        push(element(array));
      }
      case Opcodes.IALOAD, Opcodes.FALOAD, Opcodes.BALOAD, Opcodes.CALOAD, Opcodes.SALOAD -> {
        pop(2);
        push(null);
      }
      case Opcodes.LALOAD, Opcodes.DALOAD -> {
        pop(2);
        pushType(Type.LONG_TYPE, null);
      }
      case Opcodes.IASTORE,
          Opcodes.FASTORE,
          Opcodes.AASTORE,
          Opcodes.BASTORE,
          Opcodes.CASTORE,
          Opcodes.SASTORE ->
          pop(3);
      case Opcodes.LASTORE, Opcodes.DASTORE -> pop(4);
      case Opcodes.POP, Opcodes.MONITORENTER, Opcodes.MONITOREXIT -> pop(1);
      case Opcodes.POP2 -> pop(2);
      case Opcodes.DUP -> push(peek(0));
      case Opcodes.DUP_X1 -> insertBelow(2, 1);
      case Opcodes.DUP_X2 -> insertBelow(3, 1);
      case Opcodes.DUP2 -> {
        String second = peek(1);
        String top = peek(0);
        push(second);
        push(top);
      }
      case Opcodes.DUP2_X1 -> insertBelow(3, 2);
      case Opcodes.DUP2_X2 -> insertBelow(4, 2);
      case Opcodes.SWAP -> {
        String top = popOne();
        String below = popOne();
        push(top);
        push(below);
      }
      default -> arithmetic(opcode);
    }
  }

  /** Copies the top {@code count} slots to below the top {@code depth} slots. */
  private void insertBelow(int depth, int count) {
    if (size < depth) {
      reset(size + count);
      return;
    }
    String[] copied = Arrays.copyOfRange(stack, size - count, size);
    for (int i = 0; i < count; i++) {
      push(null);
    }
    System.arraycopy(stack, size - count - depth, stack, size - depth, depth);
    System.arraycopy(copied, 0, stack, size - count - depth, count);
  }

  /** Arithmetic, conversions, comparisons, returns and throws. */
  private void arithmetic(int opcode) {
    if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN || opcode == Opcodes.ATHROW) {
      size = 0;
      return;
    }
    switch (opcode) {
      case Opcodes.IADD,
          Opcodes.ISUB,
          Opcodes.IMUL,
          Opcodes.IDIV,
          Opcodes.IREM,
          Opcodes.ISHL,
          Opcodes.ISHR,
          Opcodes.IUSHR,
          Opcodes.IAND,
          Opcodes.IOR,
          Opcodes.IXOR,
          Opcodes.FADD,
          Opcodes.FSUB,
          Opcodes.FMUL,
          Opcodes.FDIV,
          Opcodes.FREM,
          Opcodes.FCMPL,
          Opcodes.FCMPG,
          Opcodes.L2I,
          Opcodes.L2F,
          Opcodes.D2I,
          Opcodes.D2F -> {
        pop(2); // two ints or floats, or one long or double
        push(null);
      }
      case Opcodes.LADD,
          Opcodes.LSUB,
          Opcodes.LMUL,
          Opcodes.LDIV,
          Opcodes.LREM,
          Opcodes.LAND,
          Opcodes.LOR,
          Opcodes.LXOR,
          Opcodes.DADD,
          Opcodes.DSUB,
          Opcodes.DMUL,
          Opcodes.DDIV,
          Opcodes.DREM -> {
        pop(4);
        pushType(Type.LONG_TYPE, null);
      }
      case Opcodes.LSHL, Opcodes.LSHR, Opcodes.LUSHR -> {
        pop(3);
        pushType(Type.LONG_TYPE, null);
      }
      case Opcodes.LCMP, Opcodes.DCMPL, Opcodes.DCMPG -> {
        pop(4);
        push(null);
      }
      case Opcodes.I2L, Opcodes.I2D, Opcodes.F2L, Opcodes.F2D -> {
        pop(1);
        pushType(Type.LONG_TYPE, null);
      }
      case Opcodes.L2D, Opcodes.D2L, Opcodes.LNEG, Opcodes.DNEG -> {
        pop(2);
        pushType(Type.LONG_TYPE, null);
      }
      default -> {
        // INEG, FNEG, I2F, F2I, I2B, I2C, I2S, ARRAYLENGTH: one slot for one slot
        pop(1);
        push(null);
      }
    }
  }
}
