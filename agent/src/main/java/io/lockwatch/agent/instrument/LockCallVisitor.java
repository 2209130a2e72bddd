package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Instruments the lock operations inside a method body:
 *
 * <ul>
 *   <li>{@code monitorenter} / {@code monitorexit} (including the exception paths javac emits) get
 *       a bridge call just before them, with the monitor duplicated on the stack: identifying a
 *       monitor before it is held keeps HotSpot from inflating it;
 *   <li>calls listed in the {@link SyncCallTable} ({@code Lock.lock}, {@code Object.wait}, {@code
 *       Semaphore.acquire}, {@code BlockingQueue.take}...) are replaced by bridge methods of the
 *       same shape plus a site id, which call the real method themselves.
 * </ul>
 *
 * Each site records the source line and the expression that produced the lock.
 */
class LockCallVisitor extends HookingMethodVisitor {
  /**
   * A lock site whose lock came from a local variable: named after the variable whose scope covers
   * the acquisition ({@code at}), or, when no scope can be told, the first entry for its slot.
   */
  private static final class PendingLocal {
    final SiteInfo site;
    final int index;
    final Label at;
    String inScope;
    String anyEntry;

    PendingLocal(SiteInfo site, int index, Label at) {
      this.site = site;
      this.index = index;
      this.at = at;
    }
  }

  private final SyncCallTable.SubtypeCheck isSubtype;
  private final LockExpressions expressions = new LockExpressions();
  private final List<PendingLocal> unnamedLocals = new ArrayList<>();

  private int spilledLocals;

  LockCallVisitor(
      int api, MethodVisitor next, MethodContext method, SyncCallTable.SubtypeCheck isSubtype) {
    super(api, next, method);
    this.isSubtype = isSubtype;
  }

  @Override
  public void visitInsn(int opcode) {
    switch (opcode) {
      case Opcodes.MONITORENTER -> hookMonitor(HookNames.MONITOR_ENTER, opcode);
      case Opcodes.MONITOREXIT -> hookMonitor(HookNames.MONITOR_EXIT, opcode);
      case Opcodes.DUP -> {
        expressions.dup();
        super.visitInsn(opcode);
      }
      case Opcodes.ACONST_NULL,
          Opcodes.ICONST_M1,
          Opcodes.ICONST_0,
          Opcodes.ICONST_1,
          Opcodes.ICONST_2,
          Opcodes.ICONST_3,
          Opcodes.ICONST_4,
          Opcodes.ICONST_5,
          Opcodes.LCONST_0,
          Opcodes.LCONST_1,
          Opcodes.FCONST_0,
          Opcodes.FCONST_1,
          Opcodes.FCONST_2,
          Opcodes.DCONST_0,
          Opcodes.DCONST_1 -> {
        expressions.push(null);
        super.visitInsn(opcode);
      }
      default -> {
        expressions.clear();
        super.visitInsn(opcode);
      }
    }
  }

  /**
   * A bridge call just before {@code monitorenter} or {@code monitorexit}, never after: javac's
   * catch-all handler covers the code up to and including the {@code monitorexit}, so a call placed
   * there is balanced on every path, which HotSpot's JIT insists on (a call after {@code
   * monitorexit}, still inside the handler's range, or after {@code monitorenter}, outside it,
   * makes the method uncompilable).
   */
  private void hookMonitor(Hook hook, int opcode) {
    int site = registerSite(0);
    super.visitInsn(Opcodes.DUP);
    pushInt(site);
    hook.writeCall(getDelegate());
    super.visitInsn(opcode);
    expressions.clear();
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    Hook lookup = LockReferences.lookupReplacement(opcode, owner, name, descriptor);
    if (lookup != null) {
      pushInt(registerSite("lock reached through a method handle", -1));
      lookup.writeCall(getDelegate());
      expressions.clear();
      return;
    }
    SyncCallTable.Row row = SyncCallTable.lookup(opcode, owner, name, descriptor, isSubtype);
    if (row != null) {
      int site = registerSite(row.isStatic() ? 0 : row.argumentCount());
      pushInt(site);
      row.hook().writeCall(getDelegate());
      expressions.clear();
      if (Type.getReturnType(descriptor).getSort() == Type.OBJECT) {
        expressions.push(null);
      }
      return;
    }
    int contract =
        method.races() && method.firstFreeLocal() >= 0
            ? ConcurrentContracts.codeOf(opcode, owner, name, descriptor, isSubtype)
            : 0;
    if (contract != 0) {
      int site = method.registerSite(line(), null);
      int next =
          ContractCallWriter.write(
              getDelegate(),
              method.firstFreeLocal(),
              contract,
              site,
              opcode,
              owner,
              name,
              descriptor,
              isInterface);
      spilledLocals = Math.max(spilledLocals, next);
      hookWritten();
      expressions.clear();
      return;
    }
    int arguments = Type.getArgumentTypes(descriptor).length;
    String receiver = opcode == Opcodes.INVOKESTATIC ? null : expressions.peek(arguments);
    expressions.pop(opcode == Opcodes.INVOKESTATIC ? arguments : arguments + 1);
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    pushResult(Type.getReturnType(descriptor), describeCall(owner, name, receiver));
  }

  /** What a call leaves on the stack: its result, if it has one. */
  private void pushResult(Type result, String expression) {
    if (result.getSort() == Type.OBJECT || result.getSort() == Type.ARRAY) {
      expressions.push(expression);
    } else if (result.getSort() != Type.VOID) {
      expressions.push(null);
    }
  }

  private static String describeCall(String owner, String name, String receiver) {
    if (receiver != null && (name.equals("readLock") || name.equals("writeLock"))) {
      return receiver; // rwl.readLock() is the same lock as rwl for people
    }
    return "result of " + owner.replace('/', '.') + "." + name + "()";
  }

  @Override
  public void visitVarInsn(int opcode, int index) {
    switch (opcode) {
      case Opcodes.ALOAD -> {
        if (index == 0 && !method.isStatic()) {
          expressions.push("this");
        } else {
          expressions.pushLocal(index, "local variable #" + index);
        }
      }
      case Opcodes.ILOAD, Opcodes.LLOAD, Opcodes.FLOAD, Opcodes.DLOAD -> expressions.push(null);
      case Opcodes.ASTORE -> expressions.pop(1);
      default -> expressions.clear();
    }
    super.visitVarInsn(opcode, index);
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    String field = owner.replace('/', '.') + "." + name;
    switch (opcode) {
      case Opcodes.GETFIELD -> {
        expressions.pop(1);
        expressions.push("field " + field);
      }
      case Opcodes.GETSTATIC -> expressions.push("static field " + field);
      default -> expressions.clear();
    }
    super.visitFieldInsn(opcode, owner, name, descriptor);
  }

  @Override
  public void visitLdcInsn(Object value) {
    expressions.push(value instanceof Type type ? "class " + type.getClassName() : null);
    super.visitLdcInsn(value);
  }

  @Override
  public void visitIntInsn(int opcode, int operand) {
    if (opcode == Opcodes.NEWARRAY) {
      expressions.clear();
    } else {
      expressions.push(null);
    }
    super.visitIntInsn(opcode, operand);
  }

  @Override
  public void visitTypeInsn(int opcode, String type) {
    switch (opcode) {
      case Opcodes.CHECKCAST -> {
        String top = expressions.peek(0);
        expressions.pop(1);
        expressions.push(top);
      }
      case Opcodes.NEW -> expressions.push(null);
      case Opcodes.ANEWARRAY, Opcodes.INSTANCEOF -> {
        expressions.pop(1);
        expressions.push(null);
      }
      default -> expressions.clear();
    }
    super.visitTypeInsn(opcode, type);
  }

  @Override
  public void visitJumpInsn(int opcode, Label label) {
    expressions.clear();
    super.visitJumpInsn(opcode, label);
  }

  @Override
  public void visitLabel(Label label) {
    // A label can be a jump target: what is on the stack there is unknown. Where frames are
    // required, every jump target has one, and a label without one (a line's start) is not.
    if (!method.framesRequired()) {
      expressions.clear();
    }
    super.visitLabel(label);
  }

  @Override
  public void visitFrame(int type, int locals, Object[] local, int stack, Object[] stackTypes) {
    expressions.clear();
    super.visitFrame(type, locals, local, stack, stackTypes);
  }

  @Override
  public void visitInvokeDynamicInsn(
      String name, String descriptor, Handle bootstrap, Object... args) {
    Handle bridge = LockReferences.bridgeOf(descriptor, bootstrap, args, isSubtype);
    if (bridge != null) {
      int site = registerSite(expressions.peek(0), expressions.peekLocal(0));
      LockReferences.write(getDelegate(), name, descriptor, bootstrap, args, bridge, site);
    } else {
      super.visitInvokeDynamicInsn(name, descriptor, bootstrap, args);
    }
    expressions.pop(Type.getArgumentTypes(descriptor).length);
    pushResult(Type.getReturnType(descriptor), null);
  }

  @Override
  public void visitIincInsn(int varIndex, int increment) {
    expressions.clear();
    super.visitIincInsn(varIndex, increment);
  }

  @Override
  public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
    expressions.clear();
    super.visitTableSwitchInsn(min, max, dflt, labels);
  }

  @Override
  public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
    expressions.clear();
    super.visitLookupSwitchInsn(dflt, keys, labels);
  }

  @Override
  public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
    expressions.clear();
    super.visitMultiANewArrayInsn(descriptor, numDimensions);
  }

  @Override
  public void visitLocalVariable(
      String name, String descriptor, String signature, Label start, Label end, int index) {
    for (PendingLocal pending : unnamedLocals) {
      if (pending.index != index) {
        continue;
      }
      if (pending.anyEntry == null) {
        pending.anyEntry = name;
      }
      if (pending.inScope == null && covers(start, end, pending.at)) {
        pending.inScope = name;
      }
    }
    super.visitLocalVariable(name, descriptor, signature, start, end, index);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    for (PendingLocal pending : unnamedLocals) {
      String name = pending.inScope != null ? pending.inScope : pending.anyEntry;
      String current = pending.site.lockExpression();
      if (name != null && current != null && current.startsWith("local variable #")) {
        pending.site.setLockExpression("local variable " + name);
      }
    }
    super.visitMaxs(maxStack + 8, Math.max(maxLocals, spilledLocals)); // 8: a contract hook's
  }

  /** True when the label lies in [start, end); false when the offsets are not known yet. */
  private static boolean covers(Label start, Label end, Label at) {
    try {
      int offset = at.getOffset();
      return start.getOffset() <= offset && offset < end.getOffset();
    } catch (IllegalStateException unresolved) {
      return false;
    }
  }

  /**
   * Registers a site for the lock operation whose receiver is {@code depth} values below the top.
   */
  int registerSite(int depth) {
    return registerSite(expressions.peek(depth), expressions.peekLocal(depth));
  }

  /**
   * Registers a site whose lock the expression (from local variable {@code local}, or -1) names.
   */
  private int registerSite(String expression, int local) {
    int id = method.registerLockSite(line(), expression);
    if (local >= 0) {
      Label at = new Label();
      super.visitLabel(at); // marks where the lock is taken, for the variable's scope
      unnamedLocals.add(new PendingLocal(registry().get(id), local, at));
    }
    hookWritten();
    return id;
  }

  private SiteRegistry registry() {
    return method.sites();
  }

  void pushInt(int value) {
    if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      super.visitIntInsn(
          value <= Byte.MAX_VALUE && value >= Byte.MIN_VALUE ? Opcodes.BIPUSH : Opcodes.SIPUSH,
          value);
    } else {
      super.visitLdcInsn(value);
    }
  }
}
