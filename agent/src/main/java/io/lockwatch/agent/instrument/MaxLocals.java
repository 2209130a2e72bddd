package io.lockwatch.agent.instrument;

import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * The local-variable count of each method of a class file, read in a first, cheap pass: code that
 * spills call arguments to fresh locals needs to know, before it sees the code, where fresh begins.
 */
public final class MaxLocals {
  private MaxLocals() {}

  /** Method name + descriptor → max_locals of its code. */
  public static Map<String, Integer> of(ClassReader reader) {
    Map<String, Integer> result = new HashMap<>();
    reader.accept(
        new ClassVisitor(OpenedClassReader.ASM_API) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(OpenedClassReader.ASM_API) {
              @Override
              public void visitMaxs(int maxStack, int maxLocals) {
                result.put(name + descriptor, maxLocals);
              }
            };
          }
        },
        ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return result;
  }
}
