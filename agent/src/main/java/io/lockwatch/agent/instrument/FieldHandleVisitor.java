package io.lockwatch.agent.instrument;

import java.util.Map;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * After each call that makes a field updater or a field's {@code VarHandle}, a report of the handle
 * with the class and the field name it was made for, so that the runtime orders its calls through
 * the field's volatile clock (see {@code FieldHandles}). The call itself stays where it is: {@code
 * newUpdater} is caller-sensitive (it checks the caller's access to the field), so a bridge method
 * must not make it. The arguments are spilled to fresh locals to be passed again after the call.
 * After each {@code Unsafe.objectFieldOffset(field)}, likewise, a report of the offset with its
 * field: {@code Unsafe} calls on an object at that offset then order through the field's clock.
 */
final class FieldHandleVisitor extends HookingMethodVisitor {
  private static final String ATOMICS = "java/util/concurrent/atomic/";
  private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
  private static final String CLASS_STRING = "(Ljava/lang/Class;Ljava/lang/String;";

  /** Which arguments name the class and the field, and whether the field is static. */
  private record Maker(int holderArgument, int nameArgument, boolean isStatic) {}

  /** owner + name + descriptor of each call that makes a field handle. */
  private static final Map<String, Maker> MAKERS =
      Map.of(
          ATOMICS
              + "AtomicIntegerFieldUpdater.newUpdater"
              + CLASS_STRING
              + ")L"
              + ATOMICS
              + "AtomicIntegerFieldUpdater;",
          new Maker(0, 1, false),
          ATOMICS
              + "AtomicLongFieldUpdater.newUpdater"
              + CLASS_STRING
              + ")L"
              + ATOMICS
              + "AtomicLongFieldUpdater;",
          new Maker(0, 1, false),
          ATOMICS
              + "AtomicReferenceFieldUpdater.newUpdater(Ljava/lang/Class;Ljava/lang/Class;"
              + "Ljava/lang/String;)L"
              + ATOMICS
              + "AtomicReferenceFieldUpdater;",
          new Maker(0, 2, false),
          LOOKUP
              + ".findVarHandle"
              + CLASS_STRING
              + "Ljava/lang/Class;)Ljava/lang/invoke/VarHandle;",
          new Maker(0, 1, false),
          LOOKUP
              + ".findStaticVarHandle"
              + CLASS_STRING
              + "Ljava/lang/Class;)Ljava/lang/invoke/VarHandle;",
          new Maker(0, 1, true));

  /** {@code Unsafe.objectFieldOffset(Field)}, as {@link #MAKERS} keys it. */
  private static final String OFFSET_OF =
      "sun/misc/Unsafe.objectFieldOffset(Ljava/lang/reflect/Field;)J";

  private int spilledLocals;

  FieldHandleVisitor(int api, MethodVisitor next, MethodContext method) {
    super(api, next, method);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    String call = owner + "." + name + descriptor;
    if (call.equals(OFFSET_OF) && method.firstFreeLocal() >= 0) {
      reportOffset(opcode, owner, name, descriptor, isInterface);
      return;
    }
    Maker maker = method.firstFreeLocal() < 0 ? null : MAKERS.get(call);
    if (maker == null) {
      super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      return;
    }
    Type[] arguments = Type.getArgumentTypes(descriptor); // all references, one slot each
    int first = method.firstFreeLocal();
    spilledLocals = Math.max(spilledLocals, first + arguments.length);
    for (int i = arguments.length - 1; i >= 0; i--) {
      super.visitVarInsn(Opcodes.ASTORE, first + i);
    }
    for (int i = 0; i < arguments.length; i++) {
      super.visitVarInsn(Opcodes.ALOAD, first + i);
    }
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    super.visitInsn(Opcodes.DUP); // [handle, handle]
    super.visitVarInsn(Opcodes.ALOAD, first + maker.holderArgument());
    super.visitVarInsn(Opcodes.ALOAD, first + maker.nameArgument());
    super.visitInsn(maker.isStatic() ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
    HookNames.FIELD_HANDLE_CREATED.writeCall(getDelegate());
    hookWritten();
  }

  /** [unsafe, field] → [offset], reporting (offset, field) after the call. */
  private void reportOffset(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    int field = method.firstFreeLocal();
    spilledLocals = Math.max(spilledLocals, field + 1);
    super.visitVarInsn(Opcodes.ASTORE, field);
    super.visitVarInsn(Opcodes.ALOAD, field);
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    super.visitInsn(Opcodes.DUP2); // [offset, offset]
    super.visitVarInsn(Opcodes.ALOAD, field);
    HookNames.FIELD_OFFSET_CREATED.writeCall(getDelegate());
    hookWritten();
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 4, Math.max(maxLocals, spilledLocals));
  }
}
