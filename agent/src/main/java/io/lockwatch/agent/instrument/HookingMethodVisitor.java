package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * A method visitor that writes hooks into one method: it keeps the method, the source line being
 * visited (for the sites it registers) and how many hooks it wrote (a class none wrote into is left
 * as it was).
 */
public abstract class HookingMethodVisitor extends MethodVisitor {
  /** The method visited. */
  protected final MethodContext method;

  private int line = -1;
  private int hooks;

  protected HookingMethodVisitor(int api, MethodVisitor next, MethodContext method) {
    super(api, next);
    this.method = method;
  }

  /** How many hooks this visitor wrote. */
  public final int hooks() {
    return hooks;
  }

  /** Counts one hook written. */
  protected final void hookWritten() {
    hooks++;
  }

  /** The source line of the instruction being visited; -1 before the first line number. */
  protected final int line() {
    return line;
  }

  @Override
  public void visitLineNumber(int newLine, Label start) {
    line = newLine;
    super.visitLineNumber(newLine, start);
  }
}
