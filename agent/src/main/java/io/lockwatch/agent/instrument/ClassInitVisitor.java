package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * Marks a class initialiser's extent for race detection: a call first thing in {@code <clinit>} and
 * before it returns or throws, with the class's id. What the initialiser writes to its class's
 * statics and to the objects it creates is published by class initialisation to every thread that
 * uses the class (JLS 12.4.2); everything else it does is watched like any other code.
 */
final class ClassInitVisitor extends ExitHookVisitor {
  private final int classId;

  ClassInitVisitor(int api, MethodVisitor next, boolean framesRequired, int classId) {
    super(api, next, framesRequired, 1, 1); // the handler's throwable, and the class id
    this.classId = classId;
  }

  @Override
  protected void enter() {
    getDelegate().visitLdcInsn(classId);
    HookNames.CLASS_INIT_START.writeCall(getDelegate());
  }

  @Override
  protected void exit() {
    getDelegate().visitLdcInsn(classId);
    HookNames.CLASS_INIT_END.writeCall(getDelegate());
  }
}
