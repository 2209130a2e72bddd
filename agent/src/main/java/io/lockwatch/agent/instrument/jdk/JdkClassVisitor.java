package io.lockwatch.agent.instrument.jdk;

import io.lockwatch.agent.instrument.InstrumentingClassVisitor;
import io.lockwatch.agent.instrument.MethodContext;
import io.lockwatch.agent.instrument.SyncMethodVisitor;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/** Chains, for each method of a JDK class, the visitors its {@link JdkRules} call for. */
final class JdkClassVisitor extends InstrumentingClassVisitor {
  private final FieldRegistry fields;
  private final boolean handOffs;
  private JdkRules.Locks locks = JdkRules.Locks.NONE;

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
    super(api, next, sites, handOffs, maxLocals);
    this.fields = fields;
    this.handOffs = handOffs;
  }

  @Override
  protected void classStarts(int access, String name, String superName, String[] interfaces) {
    this.locks = JdkRules.locksOf(name);
  }

  @Override
  protected MethodVisitor instrument(
      MethodVisitor next, int access, String name, String descriptor, MethodContext method) {
    String internalName = internalName();
    if (handOffs && JdkRules.handsOff(internalName)) {
      List<JdkRules.MethodRule> rules = JdkRules.methodRules(internalName, name, descriptor);
      if (!rules.isEmpty() && !method.isStatic()) {
        next = counted(new JdkMethodRuleVisitor(api, next, method, descriptor, rules, fields));
      }
      next = counted(new JdkHandOffVisitor(api, next, method, fields));
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
        markChanged();
      }
      next = counted(new JdkLockVisitor(api, next, method, locks));
    }
    return next;
  }
}
