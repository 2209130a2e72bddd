package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Instruments field reads and writes for race detection: a bridge call with the field id and the
 * site id just before {@code getfield}/{@code putfield}/{@code getstatic}/{@code putstatic} of a
 * watched field (declared in an instrumented class, not final, not synthetic). Volatile fields get
 * a happens-before call instead: before a write, after a read. Static fields of a class are not
 * watched inside its own {@code <clinit>}: class initialisation happens before any other use.
 *
 * <p>Nor are stores to {@code this} in a constructor before its {@code super(...)} or {@code
 * this(...)} call: the verifier forbids handing an uninitialised {@code this} to a hook, and until
 * that call the object cannot be seen by any other thread, so no race can involve those stores.
 */
class FieldAccessVisitor extends HookingMethodVisitor {
  /** Resolves the field a field instruction names; null when it is not watched. */
  interface Resolver {
    FieldTarget resolve(String owner, String name);
  }

  private final FieldRegistry fields;
  private final Resolver resolver;
  private final boolean classInitialiser;
  private final UninitializedThis constructing;

  FieldAccessVisitor(
      int api, MethodVisitor next, MethodContext method, FieldRegistry fields, Resolver resolver) {
    super(api, next, method);
    this.fields = fields;
    this.resolver = resolver;
    this.classInitialiser = method.methodName().equals("<clinit>");
    this.constructing = new UninitializedThis(method.methodName());
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    FieldTarget target = resolver.resolve(owner, name);
    if (target == null
        || !target.watchable()
        || (classInitialiser
            && target.isStatic()
            && target.declaringClass().equals(method.className()))
        || mayStoreToUninitializedThis(opcode, owner)) {
      super.visitFieldInsn(opcode, owner, name, descriptor);
      return;
    }
    int field = fields.register(target.declaringClass(), name, target.isStatic());
    boolean wide = descriptor.equals("J") || descriptor.equals("D");
    hookWritten();
    if (target.isVolatile()) {
      volatileAccess(opcode, owner, name, descriptor, field, wide);
      return;
    }
    int site = method.registerSite(line(), null);
    switch (opcode) {
      case Opcodes.GETFIELD -> {
        super.visitInsn(Opcodes.DUP);
        hook(HookNames.READ, field, site);
      }
      case Opcodes.PUTFIELD -> {
        objectBelowValueOnTop(wide);
        hook(HookNames.WRITE, field, site);
      }
      case Opcodes.GETSTATIC -> hook(HookNames.READ_STATIC, field, site);
      default -> hook(HookNames.WRITE_STATIC, field, site);
    }
    super.visitFieldInsn(opcode, owner, name, descriptor);
  }

  /**
   * Only {@code putfield} of a field named through this very class may store to an uninitialised
   * {@code this}; such a store to another instance of the class is not watched either.
   */
  private boolean mayStoreToUninitializedThis(int opcode, String owner) {
    return opcode == Opcodes.PUTFIELD
        && constructing.uninitialized()
        && owner.equals(method.internalName());
  }

  @Override
  public void visitTypeInsn(int opcode, String type) {
    if (opcode == Opcodes.NEW) {
      constructing.newObject();
    }
    super.visitTypeInsn(opcode, type);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
      constructing.constructorCalled();
    }
  }

  @Override
  public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
    constructing.frame(type, numLocal, local, numStack, stack);
    super.visitFrame(type, numLocal, local, numStack, stack);
  }

  /** Volatile: release before a write, acquire after a read. */
  private void volatileAccess(
      int opcode, String owner, String name, String descriptor, int field, boolean wide) {
    switch (opcode) {
      case Opcodes.GETFIELD -> {
        super.visitInsn(Opcodes.DUP); // [obj, obj]
        super.visitFieldInsn(opcode, owner, name, descriptor); // [obj, value]
        if (wide) {
          super.visitInsn(Opcodes.DUP2_X1); // [value, obj, value]
          super.visitInsn(Opcodes.POP2); // [value, obj]
        } else {
          super.visitInsn(Opcodes.SWAP); // [value, obj]
        }
        pushInt(field);
        HookNames.VOLATILE_READ.writeCall(getDelegate());
      }
      case Opcodes.GETSTATIC -> {
        super.visitFieldInsn(opcode, owner, name, descriptor);
        pushInt(field);
        HookNames.VOLATILE_READ_STATIC.writeCall(getDelegate());
      }
      case Opcodes.PUTFIELD -> {
        objectBelowValueOnTop(wide);
        pushInt(field);
        HookNames.VOLATILE_WRITE.writeCall(getDelegate());
        super.visitFieldInsn(opcode, owner, name, descriptor);
      }
      default -> {
        pushInt(field);
        HookNames.VOLATILE_WRITE_STATIC.writeCall(getDelegate());
        super.visitFieldInsn(opcode, owner, name, descriptor);
      }
    }
  }

  /** From [obj, value] to [obj, value, obj], for a one- or two-slot value. */
  private void objectBelowValueOnTop(boolean wide) {
    if (wide) {
      super.visitInsn(Opcodes.DUP2_X1); // [vv, obj, vv]
      super.visitInsn(Opcodes.POP2); // [vv, obj]
      super.visitInsn(Opcodes.DUP_X2); // [obj, vv, obj]
    } else {
      super.visitInsn(Opcodes.DUP2); // [obj, v, obj, v]
      super.visitInsn(Opcodes.POP); // [obj, v, obj]
    }
  }

  private void hook(Hook hook, int field, int site) {
    pushInt(field);
    pushInt(site);
    hook.writeCall(getDelegate());
  }

  private void pushInt(int value) {
    super.visitLdcInsn(value);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 4, maxLocals);
  }
}
