package io.lockwatch.agent.instrument;

import java.util.Arrays;

/**
 * A best-effort model of the operand stack that remembers, for the last few values pushed, which
 * source expression produced them ({@code this}, {@code field com.example.Bank.lock}, ...). Used
 * only to name locks for people; any instruction it does not model simply forgets everything.
 */
final class LockExpressions {
  private static final int CAPACITY = 8;

  private final String[] stack = new String[CAPACITY];
  private final int[] localIndex = new int[CAPACITY];
  private int size;

  void clear() {
    size = 0;
  }

  void push(String expression) {
    push(expression, -1);
  }

  void pushLocal(int index, String expression) {
    push(expression, index);
  }

  private void push(String expression, int local) {
    if (size == CAPACITY) {
      System.arraycopy(stack, 1, stack, 0, CAPACITY - 1);
      System.arraycopy(localIndex, 1, localIndex, 0, CAPACITY - 1);
      size--;
    }
    stack[size] = expression;
    localIndex[size] = local;
    size++;
  }

  void pop(int count) {
    size = Math.max(0, size - count);
  }

  void dup() {
    if (size == 0) {
      push(null);
      return;
    }
    push(stack[size - 1], localIndex[size - 1]);
  }

  /** The expression {@code depth} values below the top (0 = top), or null. */
  String peek(int depth) {
    int i = size - 1 - depth;
    return i >= 0 ? stack[i] : null;
  }

  /** The local variable slot that produced the value {@code depth} below the top, or -1. */
  int peekLocal(int depth) {
    int i = size - 1 - depth;
    return i >= 0 ? localIndex[i] : -1;
  }

  @Override
  public String toString() {
    return Arrays.toString(Arrays.copyOf(stack, size));
  }
}
