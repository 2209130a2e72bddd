package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.MethodContext;
import io.lockwatch.agent.instrument.SiteOrdinals;
import io.lockwatch.agent.instrument.SyncMethodVisitor;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/** Chains, for each method of a JDK class, the visitors its {@link JdkRules} call for. */
final class JdkClassVisitor extends ClassVisitor {
  private final SiteRegistry sites;
  private final FieldRegistry fields;
  private final boolean handOffs;
  private final Map<String, Integer> maxLocals;
  private final List<Counted> counted = new java.util.ArrayList<>();
  private final SiteOrdinals lockSites = new SiteOrdinals();
  private String internalName;
  private String sourceFile;
  private int major;
  private JdkRules.Locks locks = JdkRules.Locks.NONE;

  /** A visitor whose hooks count as a change. */
  private interface Counted {
    int hooks();
  }

  /**
   * @param handOffs whether happens-before is tracked (hand-offs are instrumented)
   * @param maxLocals each method's own local count, past which values may be spilled
   */
  JdkClassVisitor(
      int api,
      ClassVisitor next,
      SiteRegistry sites,
      FieldRegistry fields,
      boolean handOffs,
      Map<String, Integer> maxLocals) {
    super(api, next);
    this.sites = sites;
    this.fields = fields;
    this.handOffs = handOffs;
    this.maxLocals = maxLocals;
  }

  @Override
  public void visit(
      int version,
      int access,
      String name,
      String signature,
      String superName,
      String[] interfaces) {
    this.internalName = name;
    this.major = version & 0xFFFF;
    this.locks = JdkRules.locksOf(name);
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
    MethodContext method =
        new MethodContext(
            sites,
            JdkRules.dotted(internalName),
            internalName,
            name,
            sourceFile,
            isStatic,
            major >= Opcodes.V1_6,
            handOffs,
            maxLocals.getOrDefault(name + descriptor, -1),
            lockSites);
    if (handOffs && JdkRules.handsOff(internalName)) {
      List<JdkRules.MethodRule> rules = JdkRules.methodRules(internalName, name, descriptor);
      if (!rules.isEmpty() && !isStatic) {
        JdkMethodRuleVisitor ruled =
            new JdkMethodRuleVisitor(api, next, method, descriptor, rules, fields);
        counted.add(ruled::hooks);
        next = ruled;
      }
      JdkHandOffVisitor handOff = new JdkHandOffVisitor(api, next, method, fields);
      counted.add(handOff::hooks);
      next = handOff;
    }
    if (locks != JdkRules.Locks.NONE && JdkRules.watchesLocksIn(internalName, name)) {
      if ((access & Opcodes.ACC_SYNCHRONIZED) != 0 && locks == JdkRules.Locks.SYNCHRONIZES) {
        next =
            new SyncMethodVisitor(
                api,
                next,
                method,
                JdkHookNames.SYNC_METHOD_ENTER,
                JdkHookNames.SYNC_METHOD_EXIT,
                false);
        counted.add(() -> 1);
      }
      JdkLockVisitor locked = new JdkLockVisitor(api, next, method, locks);
      counted.add(locked::hooks);
      next = locked;
    }
    return next;
  }

  /** True when some hook was written. */
  @Override
  public void visitEnd() {
    lockSites.assign();
    super.visitEnd();
  }

  /** True when some method got a hook. */
  boolean changed() {
    for (Counted visitor : counted) {
      if (visitor.hooks() > 0) {
        return true;
      }
    }
    return false;
  }
}
