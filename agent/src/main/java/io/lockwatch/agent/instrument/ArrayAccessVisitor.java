package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Instruments array element loads and stores ({@code xaload}, {@code xastore}) for race detection:
 * a bridge call just before each, with the array, the index, the id of the name the array is
 * reported by and the site. The name is what the code reads the array from, followed on the stack
 * and through local variables ({@link ArrayOrigins}): the field that holds it ({@code
 * Stats.counts[]}), else the allocation in this method ({@code fill:new int[]}, {@code #2} for the
 * second of that type), else this method ({@code fill:int[]}).
 */
class ArrayAccessVisitor extends HookingMethodVisitor {
  private final FieldRegistry fields;
  private final ArrayOrigins origins = new ArrayOrigins();
  private final Map<String, Integer> allocations = new HashMap<>();

  ArrayAccessVisitor(int api, MethodVisitor next, MethodContext method, FieldRegistry fields) {
    super(api, next, method);
    this.fields = fields;
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD) {
      hookLoad(opcode);
    } else if (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE) {
      hookStore(opcode);
    }
    origins.insn(opcode);
    super.visitInsn(opcode);
  }

  /**
   * The origin of a coverage tool's probe array (JaCoCo's {@code $jacocoInit()} and {@code
   * $jacocoData}): racy by design, written by every thread that runs the code and read by the
   * tool's own thread, never the application's state, so never watched.
   */
  private static final String PROBES = "P:";

  private static boolean isProbes(String member) {
    return member.equals("$jacocoInit") || member.equals("$jacocoData");
  }

  /** [array, index] → the same, after the hook. */
  private void hookLoad(int opcode) {
    if (PROBES.equals(origins.peek(1))) {
      return;
    }
    int name = nameOf(origins.peek(1), opcode - Opcodes.IALOAD);
    super.visitInsn(Opcodes.DUP2);
    pushIds(name);
    HookNames.ARRAY_READ.writeCall(getDelegate());
  }

  /** [array, index, value] → the same, after the hook. */
  private void hookStore(int opcode) {
    boolean wide = opcode == Opcodes.LASTORE || opcode == Opcodes.DASTORE;
    if (PROBES.equals(origins.peek(wide ? 3 : 2))) {
      return;
    }
    int name = nameOf(origins.peek(wide ? 3 : 2), opcode - Opcodes.IASTORE);
    if (wide) {
      super.visitInsn(Opcodes.DUP2_X2); // [vv, a, i, vv]
      super.visitInsn(Opcodes.POP2); // [vv, a, i]
      super.visitInsn(Opcodes.DUP2_X2); // [a, i, vv, a, i]
    } else {
      super.visitInsn(Opcodes.DUP_X2); // [v, a, i, v]
      super.visitInsn(Opcodes.POP); // [v, a, i]
      super.visitInsn(Opcodes.DUP2_X1); // [a, i, v, a, i]
    }
    pushIds(name);
    HookNames.ARRAY_WRITE.writeCall(getDelegate());
  }

  private void pushIds(int name) {
    super.visitLdcInsn(name);
    super.visitLdcInsn(method.registerSite(line(), null));
    hookWritten();
  }

  /** The name id for an array of this origin, whose elements the opcode's offset tells. */
  private int nameOf(String origin, int elementKind) {
    if (origin != null && origin.startsWith("F:")) {
      int dot = origin.lastIndexOf('.', origin.indexOf('['));
      String owner = origin.substring(2, dot).replace('/', '.');
      return fields.registerArray(
          owner, origin.substring(dot + 1), FieldRegistry.Kind.ARRAY_IN_FIELD);
    }
    if (origin != null && origin.startsWith("A:")) {
      return fields.registerArray(
          method.className(),
          method.methodName() + ":" + origin.substring(2),
          FieldRegistry.Kind.ARRAY_ALLOCATED);
    }
    String[] elements = {"int", "long", "float", "double", "Object", "byte", "char", "short"};
    return fields.registerArray(
        method.className(),
        method.methodName() + ":" + elements[elementKind] + "[]",
        FieldRegistry.Kind.ARRAY_IN_METHOD);
  }

  /** The origin of an array allocated here: {@code new int[]}, then {@code new int[]#2}... */
  private String allocated(String type) {
    int ordinal = allocations.merge(type, 1, Integer::sum);
    return "A:new " + type + (ordinal == 1 ? "" : "#" + ordinal);
  }

  @Override
  public void visitIntInsn(int opcode, int operand) {
    if (opcode == Opcodes.NEWARRAY) {
      origins.pop(1);
      origins.push(allocated(primitiveName(operand) + "[]"));
    } else {
      origins.push(null);
    }
    super.visitIntInsn(opcode, operand);
  }

  @Override
  public void visitVarInsn(int opcode, int varIndex) {
    origins.local(opcode, varIndex);
    super.visitVarInsn(opcode, varIndex);
  }

  @Override
  public void visitTypeInsn(int opcode, String type) {
    switch (opcode) {
      case Opcodes.ANEWARRAY -> {
        origins.pop(1);
        origins.push(allocated(Type.getObjectType(type).getClassName() + "[]"));
      }
      case Opcodes.CHECKCAST -> {} // the same value
      case Opcodes.NEW -> origins.push(null);
      default -> { // INSTANCEOF
        origins.pop(1);
        origins.push(null);
      }
    }
    super.visitTypeInsn(opcode, type);
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    Type type = Type.getType(descriptor);
    String origin =
        type.getSort() != Type.ARRAY
            ? null
            : isProbes(name) ? PROBES : "F:" + owner + "." + name + "[]";
    switch (opcode) {
      case Opcodes.GETSTATIC -> origins.pushType(type, origin);
      case Opcodes.PUTSTATIC -> origins.pop(type.getSize());
      case Opcodes.GETFIELD -> {
        origins.pop(1);
        origins.pushType(type, origin);
      }
      default -> origins.pop(1 + type.getSize());
    }
    super.visitFieldInsn(opcode, owner, name, descriptor);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    call(descriptor, opcode != Opcodes.INVOKESTATIC);
    if (isProbes(name) && Type.getReturnType(descriptor).getSort() == Type.ARRAY) {
      origins.pop(1);
      origins.push(PROBES);
    }
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
  }

  @Override
  public void visitInvokeDynamicInsn(
      String name, String descriptor, Handle bootstrap, Object... arguments) {
    call(descriptor, false);
    super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
  }

  private void call(String descriptor, boolean hasReceiver) {
    int arguments = Type.getArgumentsAndReturnSizes(descriptor) >> 2;
    origins.pop(arguments - (hasReceiver ? 0 : 1)); // the sizes count a receiver slot
    origins.pushType(Type.getReturnType(descriptor), null);
  }

  @Override
  public void visitJumpInsn(int opcode, Label label) {
    switch (opcode) {
      case Opcodes.GOTO -> {}
      case Opcodes.JSR -> origins.push(null);
      case Opcodes.IF_ICMPEQ,
          Opcodes.IF_ICMPNE,
          Opcodes.IF_ICMPLT,
          Opcodes.IF_ICMPGE,
          Opcodes.IF_ICMPGT,
          Opcodes.IF_ICMPLE,
          Opcodes.IF_ACMPEQ,
          Opcodes.IF_ACMPNE ->
          origins.pop(2);
      default -> origins.pop(1);
    }
    super.visitJumpInsn(opcode, label);
  }

  @Override
  public void visitLdcInsn(Object value) {
    origins.pushType(
        value instanceof Long
            ? Type.LONG_TYPE
            : value instanceof Double ? Type.DOUBLE_TYPE : Type.INT_TYPE,
        null);
    super.visitLdcInsn(value);
  }

  @Override
  public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
    origins.pop(1);
    super.visitTableSwitchInsn(min, max, dflt, labels);
  }

  @Override
  public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
    origins.pop(1);
    super.visitLookupSwitchInsn(dflt, keys, labels);
  }

  @Override
  public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
    origins.pop(numDimensions);
    origins.push(allocated(Type.getType(descriptor).getClassName()));
    super.visitMultiANewArrayInsn(descriptor, numDimensions);
  }

  @Override
  public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
    int slots = 0;
    if (type == Opcodes.F_NEW || type == Opcodes.F_FULL || type == Opcodes.F_SAME1) {
      for (int i = 0; i < numStack; i++) {
        slots += stack[i] == Opcodes.LONG || stack[i] == Opcodes.DOUBLE ? 2 : 1;
      }
    }
    origins.reset(slots); // a branch target: what came before may not be what is here
    super.visitFrame(type, numLocal, local, numStack, stack);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 4, maxLocals);
  }

  private static String primitiveName(int operand) {
    return switch (operand) {
      case Opcodes.T_BOOLEAN -> "boolean";
      case Opcodes.T_CHAR -> "char";
      case Opcodes.T_FLOAT -> "float";
      case Opcodes.T_DOUBLE -> "double";
      case Opcodes.T_BYTE -> "byte";
      case Opcodes.T_SHORT -> "short";
      case Opcodes.T_LONG -> "long";
      default -> "int";
    };
  }
}
