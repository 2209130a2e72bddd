package io.lockwatch.agent.instrument;

import java.util.Map;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * {@code Lock} calls that do not go through a plain call instruction in application code, pointed
 * at the bridge's {@code HandleHooks} (which end in the usual {@code LockHooks} entry points):
 *
 * <ul>
 *   <li>a method reference to a lock method ({@code lock::unlock} as a {@code Runnable}): the
 *       {@code invokedynamic} of {@code LambdaMetafactory} gets the bridge method as its
 *       implementation, with the site as one more captured value;
 *   <li>{@code MethodHandles.Lookup.findVirtual}, {@code unreflect} and {@code bind} (how Groovy's
 *       dynamic call sites and reflective code reach methods) are replaced by bridge methods that
 *       return, for a lock method, a handle that reports it.
 * </ul>
 *
 * Serializable lambdas ({@code altMetafactory}) keep their implementation: their serialised form
 * names it.
 */
final class LockReferences {
  private static final String LOCK = "java/util/concurrent/locks/Lock";
  private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
  private static final String HANDLE = "Ljava/lang/invoke/MethodHandle;";

  private static final Map<String, Hook> LOOKUPS =
      Map.of(
          "findVirtual(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;)" + HANDLE,
          HookNames.HANDLE_FIND_VIRTUAL,
          "unreflect(Ljava/lang/reflect/Method;)" + HANDLE,
          HookNames.HANDLE_UNREFLECT,
          "bind(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/invoke/MethodType;)" + HANDLE,
          HookNames.HANDLE_BIND);

  /** The lock methods a reference can name, by name and descriptor, with the bridge's version. */
  private static final Map<String, Hook> SITE_FIRST =
      Map.of(
          "lock()V", HookNames.HANDLE_LOCK,
          "lockInterruptibly()V", HookNames.HANDLE_LOCK_INTERRUPTIBLY,
          "tryLock()Z", HookNames.HANDLE_TRY_LOCK,
          "unlock()V", HookNames.HANDLE_UNLOCK);

  private LockReferences() {}

  /** The bridge method replacing a {@code Lookup} call, or null. */
  static Hook lookupReplacement(int opcode, String owner, String name, String descriptor) {
    return opcode == Opcodes.INVOKEVIRTUAL && owner.equals(LOOKUP)
        ? LOOKUPS.get(name + descriptor)
        : null;
  }

  /**
   * The bridge method to give a {@code LambdaMetafactory} call site whose implementation is a lock
   * method, or null for any other call site.
   */
  static Handle bridgeOf(
      String descriptor,
      Handle bootstrap,
      Object[] arguments,
      SyncCallTable.SubtypeCheck isSubtype) {
    if (!bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory")
        || !bootstrap.getName().equals("metafactory")
        || arguments.length < 3
        || !(arguments[1] instanceof Handle implementation)) {
      return null;
    }
    Hook bridge = SITE_FIRST.get(implementation.getName() + implementation.getDesc());
    boolean virtual =
        implementation.getTag() == Opcodes.H_INVOKEINTERFACE
            || implementation.getTag() == Opcodes.H_INVOKEVIRTUAL;
    if (bridge == null
        || !virtual
        || Type.getArgumentTypes(descriptor).length > 1
        || !(implementation.getOwner().equals(LOCK)
            || isSubtype.test(implementation.getOwner(), LOCK))) {
      return null;
    }
    return new Handle(
        Opcodes.H_INVOKESTATIC, bridge.owner(), bridge.name(), bridge.descriptor(), false);
  }

  /** Writes the call site with {@code bridge} as its implementation and the site captured first. */
  static void write(
      MethodVisitor out,
      String name,
      String descriptor,
      Handle bootstrap,
      Object[] arguments,
      Handle bridge,
      int site) {
    out.visitLdcInsn(site);
    String captured = "I";
    if (Type.getArgumentTypes(descriptor).length == 1) {
      out.visitInsn(Opcodes.SWAP); // [receiver, site] -> [site, receiver]: captured values first
      captured += "L" + LOCK + ";"; // captured types must equal the implementation's exactly
    }
    Object[] rewritten = arguments.clone();
    rewritten[1] = bridge;
    String result = Type.getReturnType(descriptor).getDescriptor();
    out.visitInvokeDynamicInsn(name, "(" + captured + ")" + result, bootstrap, rewritten);
  }
}
