package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * What the class visitors of application and JDK classes share: the class's name, version and
 * source file, the {@link MethodContext} each method with a body gets, the numbering of the class's
 * lock sites once it is visited, and whether any method got a hook.
 */
public abstract class InstrumentingClassVisitor extends ClassVisitor {
  private final SiteRegistry sites;
  private final boolean races;
  private final Map<String, Integer> maxLocals;
  private final SiteOrdinals lockSites = new SiteOrdinals();
  private final List<HookingMethodVisitor> hookWriters = new ArrayList<>();
  private boolean changed;
  private String internalName;
  private String className;
  private String sourceFile;
  private int major;

  /**
   * @param races whether happens-before is tracked (race detection is on)
   * @param maxLocals each method's own local count, past which values may be spilled
   */
  protected InstrumentingClassVisitor(
      int api,
      ClassVisitor next,
      SiteRegistry sites,
      boolean races,
      Map<String, Integer> maxLocals) {
    super(api, next);
    this.sites = sites;
    this.races = races;
    this.maxLocals = maxLocals;
  }

  @Override
  public final void visit(
      int version,
      int access,
      String name,
      String signature,
      String superName,
      String[] interfaces) {
    this.internalName = name;
    this.className = name.replace('/', '.');
    this.major = version & 0xFFFF;
    classStarts(access, name, superName, interfaces);
    super.visit(version, access, name, signature, superName, interfaces);
  }

  /** The class's header was read: what the subclass needs of it before its methods. */
  protected void classStarts(int access, String name, String superName, String[] interfaces) {}

  @Override
  public void visitSource(String source, String debug) {
    this.sourceFile = source;
    super.visitSource(source, debug);
  }

  @Override
  public final MethodVisitor visitMethod(
      int access, String name, String descriptor, String signature, String[] exceptions) {
    MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
    if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
      return next;
    }
    MethodContext method =
        new MethodContext(
            sites,
            className,
            internalName,
            name,
            sourceFile,
            (access & Opcodes.ACC_STATIC) != 0,
            major >= Opcodes.V1_6,
            races,
            maxLocals.getOrDefault(name + descriptor, -1),
            lockSites);
    return instrument(next, access, name, descriptor, method);
  }

  /** The visitors that instrument one method with a body, in front of {@code next}. */
  protected abstract MethodVisitor instrument(
      MethodVisitor next, int access, String name, String descriptor, MethodContext method);

  @Override
  public void visitEnd() {
    lockSites.assign();
    super.visitEnd();
  }

  /** Keeps {@code visitor}, whose hooks count as a change of the class; returns it. */
  protected final <V extends HookingMethodVisitor> V counted(V visitor) {
    hookWriters.add(visitor);
    return visitor;
  }

  /** The class changes whatever the counted visitors write (a method's exits got hooks). */
  protected final void markChanged() {
    changed = true;
  }

  /** True when some method got a hook. */
  public final boolean changed() {
    if (changed) {
      return true;
    }
    for (HookingMethodVisitor visitor : hookWriters) {
      if (visitor.hooks() > 0) {
        return true;
      }
    }
    return false;
  }

  /** The class's internal name ({@code a/b/C}). */
  protected final String internalName() {
    return internalName;
  }

  /** The class's binary name ({@code a.b.C}). */
  protected final String className() {
    return className;
  }

  /** The major version of the class file. */
  protected final int major() {
    return major;
  }
}
