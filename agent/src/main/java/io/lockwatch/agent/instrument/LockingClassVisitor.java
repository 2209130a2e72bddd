package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.SiteRegistry;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/** Chains the method visitors that instrument lock operations into every method with code. */
final class LockingClassVisitor extends ClassVisitor {
  private final SiteRegistry sites;
  private final SyncCallTable.SubtypeCheck isSubtype;
  private String internalName;
  private String className;
  private String sourceFile;
  private int version;
  private boolean changed;

  LockingClassVisitor(
      int api,
      ClassVisitor next,
      SiteRegistry sites,
      SyncCallTable.SubtypeCheck isSubtype) {
    super(api, next);
    this.sites = sites;
    this.isSubtype = isSubtype;
  }

  @Override
  public void visit(
      int version, int access, String name, String signature, String superName, String[] interfaces) {
    this.version = version;
    this.internalName = name;
    this.className = name.replace('/', '.');
    super.visit(version, access, name, signature, superName, interfaces);
  }

  @Override
  public void visitSource(String source, String debug) {
    this.sourceFile = source;
    super.visitSource(source, debug);
  }

  @Override
  public MethodVisitor visitMethod(
      int access, String name, String descriptor, String signature, String[] exceptions) {
    MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
    if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
      return next;
    }
    boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
    int major = version & 0xFFFF;
    MethodContext context =
        new MethodContext(sites, className, internalName, name, sourceFile, isStatic, major >= Opcodes.V1_6);
    // Class literals (ldc of a class) need class file version 49; older static methods keep only
    // their synchronized blocks instrumented.
    boolean syncMethod = (access & Opcodes.ACC_SYNCHRONIZED) != 0 && (!isStatic || major >= Opcodes.V1_5);
    if (syncMethod) {
      next = new SyncMethodVisitor(api, next, context);
      changed = true;
    }
    return new LockCallVisitor(api, next, context, isSubtype) {
      @Override
      public void visitEnd() {
        if (sitesRegistered() > 0) {
          changed = true;
        }
        super.visitEnd();
      }
    };
  }

  /** True when some method got a hook. */
  boolean changed() {
    return changed;
  }
}
