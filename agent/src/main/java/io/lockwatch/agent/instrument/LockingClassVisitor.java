package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Chains the method visitors that instrument a class: lock operations and calls with a contract
 * first, then field accesses, array elements, handlers that may catch an interrupt, the class
 * initialiser's extent and synchronized methods' exits.
 */
final class LockingClassVisitor extends InstrumentingClassVisitor {
  /** Everything the visitors share for one class. */
  record Setup(
      SiteRegistry sites,
      FieldRegistry fields,
      SyncCallTable.SubtypeCheck isSubtype,
      FieldAccessVisitor.Resolver otherFields,
      ClassFilter filter,
      boolean races,
      boolean arrays,
      Map<String, Integer> maxLocals,
      boolean jdkState) {}

  private final Setup setup;
  private final Map<String, FieldTarget> ownFields = new HashMap<>();
  private boolean isLock;

  LockingClassVisitor(int api, ClassVisitor next, Setup setup) {
    super(api, next, setup.sites(), setup.races(), setup.maxLocals());
    this.setup = setup;
  }

  @Override
  protected void classStarts(int access, String name, String superName, String[] interfaces) {
    this.isLock = (access & Opcodes.ACC_INTERFACE) == 0 && isLock(name, superName, interfaces);
  }

  @Override
  public FieldVisitor visitField(
      int access, String name, String descriptor, String signature, Object value) {
    ownFields.put(
        name,
        new FieldTarget(
            className(),
            (access & Opcodes.ACC_STATIC) != 0,
            (access & Opcodes.ACC_FINAL) != 0,
            (access & Opcodes.ACC_VOLATILE) != 0,
            (access & Opcodes.ACC_SYNTHETIC) != 0));
    return super.visitField(access, name, descriptor, signature, value);
  }

  @Override
  protected MethodVisitor instrument(
      MethodVisitor next, int access, String name, String descriptor, MethodContext context) {
    int major = major();
    // Class literals (ldc of a class) need class file version 49; older static methods keep only
    // their synchronized blocks instrumented.
    boolean syncMethod =
        (access & Opcodes.ACC_SYNCHRONIZED) != 0 && (!context.isStatic() || major >= Opcodes.V1_5);
    if (syncMethod) {
      next = new SyncMethodVisitor(api, next, context);
      markChanged();
    }
    if (setup.races() && name.equals("<clinit>")) {
      next =
          new ClassInitVisitor(
              api, next, major >= Opcodes.V1_6, setup.fields().classId(className()));
      markChanged();
    }
    if (setup.races()) {
      next = new InterruptHandlerVisitor(api, next);
    }
    if (setup.arrays()) {
      next = counted(new ArrayAccessVisitor(api, next, context, setup.fields()));
    }
    if (setup.races()) {
      next =
          counted(new FieldAccessVisitor(api, next, context, setup.fields(), this::resolveField));
      next = counted(new FieldHandleVisitor(api, next, context));
    }
    next = counted(new LockCreationVisitor(api, next, context, isLock && name.equals("<init>")));
    return counted(
        setup.races() && setup.jdkState()
            ? new StateCallVisitor(api, next, context, setup.isSubtype())
            : new LockCallVisitor(api, next, context, setup.isSubtype()));
  }

  /**
   * True when the class is a {@code java.util.concurrent.locks.Lock}. Most classes extend {@code
   * Object} and implement nothing: answered without reading any class file.
   */
  private boolean isLock(String name, String superName, String[] interfaces) {
    boolean plain =
        (superName == null || superName.equals("java/lang/Object"))
            && (interfaces == null || interfaces.length == 0);
    return !plain && setup.isSubtype().test(name, "java/util/concurrent/locks/Lock");
  }

  /** Own fields are known from this class file; others are looked up, and must be ours to watch. */
  private FieldTarget resolveField(String owner, String name) {
    FieldTarget target = owner.equals(internalName()) ? ownFields.get(name) : null;
    if (target == null) {
      target = setup.otherFields().resolve(owner, name);
    }
    return target != null && setup.filter().instruments(target.declaringClass()) ? target : null;
  }
}
