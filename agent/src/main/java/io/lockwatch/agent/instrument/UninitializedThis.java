package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Follows a constructor's code to tell whether {@code this} may still be uninitialised: from the
 * start of {@code <init>} to its {@code super(...)} or {@code this(...)} call. Until then the
 * verifier lets {@code this} be used only by {@code putfield} of the class's own fields (which
 * Scala 2, Kotlin and Java 25 flexible constructor bodies emit) and by that call, never as an
 * argument.
 *
 * <p>That call is the first {@code invokespecial <init>} that does not complete a {@code new}: each
 * {@code new} waits for its own {@code <init>}, also when a constructor argument is itself a {@code
 * new}. Stack map frames, where the class file has them, give the exact state at branch targets, so
 * code that branches before its constructor call is followed too.
 */
final class UninitializedThis {
  private final boolean constructor;
  private boolean uninitialized;
  private boolean inLocalsAtLastFrame;
  private int pendingNews;

  UninitializedThis(String methodName) {
    constructor = methodName.equals("<init>");
    uninitialized = constructor;
    inLocalsAtLastFrame = constructor;
  }

  /** True while {@code this} has not been initialised by a constructor call. */
  boolean uninitialized() {
    return uninitialized;
  }

  /** A {@code new}: its object waits for its own {@code <init>}. */
  void newObject() {
    pendingNews++;
  }

  /**
   * An {@code invokespecial <init>}: completes the latest {@code new}, or else initialises this.
   */
  void constructorCalled() {
    if (pendingNews > 0) {
      pendingNews--;
    } else {
      uninitialized = false;
    }
  }

  /**
   * A stack map frame, in ASM's compressed form: full frames list every local and stack value, the
   * others keep the locals of the previous frame (not of the code just before).
   */
  void frame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
    if (!constructor) {
      return;
    }
    if (type == Opcodes.F_NEW || type == Opcodes.F_FULL) {
      inLocalsAtLastFrame = holdsThis(local, numLocal);
    } else if (type == Opcodes.F_APPEND) {
      inLocalsAtLastFrame |= holdsThis(local, numLocal);
    }
    boolean onStack = type != Opcodes.F_SAME && type != Opcodes.F_APPEND && type != Opcodes.F_CHOP;
    uninitialized = inLocalsAtLastFrame || (onStack && holdsThis(stack, numStack));
    pendingNews = onStack ? distinctNews(stack, numStack) : 0;
  }

  private static boolean holdsThis(Object[] values, int count) {
    for (int i = 0; i < count; i++) {
      if (values[i] == Opcodes.UNINITIALIZED_THIS) {
        return true;
      }
    }
    return false;
  }

  /** Objects of a {@code new} still waiting for their {@code <init>} (a label names each). */
  private static int distinctNews(Object[] values, int count) {
    int news = 0;
    for (int i = 0; i < count; i++) {
      if (values[i] instanceof Label && indexOf(values, values[i]) == i) {
        news++;
      }
    }
    return news;
  }

  private static int indexOf(Object[] values, Object value) {
    for (int i = 0; ; i++) {
      if (values[i] == value) {
        return i;
      }
    }
  }
}
