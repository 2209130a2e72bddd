package io.lockwatch.agent.instrument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Reports the locks a thread constructs, so that the first acquisition of a lock its creator makes
 * before anyone else has it is known not to block (a pool that creates a lock and takes it inside
 * its own monitor closes no cycle through it).
 *
 * <p>Two places: in application code, {@code new ReentrantLock(...)} and the other JDK locks, by
 * the pattern every compiler emits ({@code new T; dup; <arguments>; invokespecial T.<init>}, after
 * which the object is on top of the stack, initialised); and, in an application class that is a
 * {@code Lock} itself, the end of each of its constructors.
 */
class LockCreationVisitor extends HookingMethodVisitor {
  /** JDK lock types whose construction in application code is reported. */
  static final Set<String> JDK_LOCKS =
      Set.of(
          "java/util/concurrent/locks/ReentrantLock",
          "java/util/concurrent/locks/ReentrantReadWriteLock",
          "java/util/concurrent/locks/StampedLock",
          "java/util/concurrent/Semaphore");

  /** One {@code new} waiting for its constructor call. */
  private static final class Pending {
    final String type;
    final boolean lock;
    boolean duplicated;

    Pending(String type, boolean lock) {
      this.type = type;
      this.lock = lock;
    }
  }

  private final boolean ownConstructorOfLock;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private boolean justNew;

  /**
   * @param ownConstructorOfLock true in a constructor of a class that implements {@code Lock}
   */
  LockCreationVisitor(
      int api, MethodVisitor next, MethodContext method, boolean ownConstructorOfLock) {
    super(api, next, method);
    this.ownConstructorOfLock = ownConstructorOfLock;
  }

  @Override
  public void visitTypeInsn(int opcode, String type) {
    super.visitTypeInsn(opcode, type);
    justNew = opcode == Opcodes.NEW;
    if (justNew) {
      pending.push(new Pending(type, JDK_LOCKS.contains(type)));
    }
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode == Opcodes.DUP && justNew && !pending.isEmpty()) {
      pending.peek().duplicated = true;
    }
    justNew = false;
    if (opcode == Opcodes.RETURN && ownConstructorOfLock) {
      super.visitVarInsn(Opcodes.ALOAD, 0);
      report();
    }
    super.visitInsn(opcode);
  }

  @Override
  public void visitMethodInsn(
      int opcode, String owner, String name, String descriptor, boolean isInterface) {
    justNew = false;
    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    if (opcode != Opcodes.INVOKESPECIAL || !name.equals("<init>") || pending.isEmpty()) {
      return; // an ordinary call, or super(...)/this(...) of a constructor
    }
    Pending done = pending.pop();
    if (!done.type.equals(owner)) {
      pending.clear(); // not the shape we know: report nothing rather than guess
      return;
    }
    if (done.lock && done.duplicated) {
      super.visitInsn(Opcodes.DUP); // the new, initialised lock is on top
      report();
    }
  }

  private void report() {
    hookWritten();
    int site = method.registerSite(line(), null);
    super.visitLdcInsn(site);
    HookNames.LOCK_CREATED.writeCall(mv);
  }

  @Override
  public void visitVarInsn(int opcode, int varIndex) {
    justNew = false;
    super.visitVarInsn(opcode, varIndex);
  }

  @Override
  public void visitIntInsn(int opcode, int operand) {
    justNew = false;
    super.visitIntInsn(opcode, operand);
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    justNew = false;
    super.visitFieldInsn(opcode, owner, name, descriptor);
  }

  @Override
  public void visitLdcInsn(Object value) {
    justNew = false;
    super.visitLdcInsn(value);
  }

  @Override
  public void visitJumpInsn(int opcode, Label label) {
    justNew = false;
    super.visitJumpInsn(opcode, label);
  }

  @Override
  public void visitIincInsn(int varIndex, int increment) {
    justNew = false;
    super.visitIincInsn(varIndex, increment);
  }

  @Override
  public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
    justNew = false;
    super.visitTableSwitchInsn(min, max, dflt, labels);
  }

  @Override
  public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
    justNew = false;
    super.visitLookupSwitchInsn(dflt, keys, labels);
  }

  @Override
  public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
    justNew = false;
    super.visitMultiANewArrayInsn(descriptor, numDimensions);
  }

  @Override
  public void visitInvokeDynamicInsn(
      String name, String descriptor, Handle bootstrap, Object... arguments) {
    justNew = false;
    super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    super.visitMaxs(maxStack + 2, maxLocals);
  }
}
