package io.lockwatch.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * Marks a class initialiser's extent for race detection: a call first thing in {@code <clinit>} and
 * before it returns or throws. Accesses made in between are initialisation, which class
 * initialisation publishes safely to every thread.
 */
final class ClassInitVisitor extends ExitHookVisitor {

  ClassInitVisitor(int api, MethodVisitor next, boolean framesRequired) {
    super(api, next, framesRequired, 1, 0); // the handler's throwable
  }

  @Override
  protected void enter() {
    HookNames.CLASS_INIT_START.writeCall(getDelegate());
  }

  @Override
  protected void exit() {
    HookNames.CLASS_INIT_END.writeCall(getDelegate());
  }
}
