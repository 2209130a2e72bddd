package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.bridge.Hooks;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Constructors that store fields of {@code this} before their {@code super(...)} or {@code
 * this(...)} call: legal bytecode that Scala 2, Kotlin and Java 25 (flexible constructor bodies)
 * emit. The class is generated, rewritten with races on, loaded and run: it must verify, and the
 * accesses after the constructor call must still be reported.
 */
class EarlyFieldStoresTest {
  private static final String NAME = "lockwatch.generated.EarlyStores";
  private static final String INTERNAL = NAME.replace('.', '/');
  private static final String BRANCHING = "lockwatch.generated.SuperOnEachBranch";

  private final SiteRegistry sites = new SiteRegistry();
  private final FieldRegistry fields = new FieldRegistry();
  private RecordingSink sink;
  private ClassLoader loader;
  private Class<?> type;

  @BeforeEach
  void load() throws Exception {
    LockingTransformer transformer =
        RewritingLoader.transformer(sites, fields, true, new AgentErrors());
    loader =
        RewritingLoader.ofClasses(
            transformer,
            getClass().getClassLoader(),
            Map.of(NAME, earlyStores(), BRANCHING, superOnEachBranch()));
    type = loader.loadClass(NAME);
    sink = new RecordingSink(sites, fields, owner -> owner == null ? "class" : "it");
    Hooks.install(sink);
  }

  @AfterEach
  void uninstall() {
    Hooks.install(new RecordingSink(sites, fields, owner -> "after the test"));
  }

  @Test
  void stores_before_super_in_both_branches_and_after_a_new_verify_and_run() throws Exception {
    Object positive = type.getConstructor(int.class).newInstance(5);
    Object negative = type.getConstructor(int.class).newInstance(-1);

    assertThat(type.getField("count").get(positive)).isEqualTo(10);
    assertThat(type.getField("count").get(negative)).isEqualTo(0);
    assertThat(type.getField("label").get(positive)).isEqualTo("late");
  }

  @Test
  void accesses_after_the_super_call_are_still_reported_and_early_stores_are_not()
      throws Exception {
    type.getConstructor(int.class).newInstance(5);

    assertThat(sink.events)
        .containsExactly("read count of it", "write count of it", "write label of it");
  }

  @Test
  void a_constructor_delegating_with_this_call_is_followed_past_it() throws Exception {
    Object delegating = type.getConstructor().newInstance();

    assertThat(type.getField("count").get(delegating)).isEqualTo(7);
    assertThat(sink.events)
        .containsExactly(
            "read count of it",
            "write count of it",
            "write label of it", // EarlyStores(3)
            "read count of it",
            "write count of it");
  }

  @Test
  void a_super_call_on_each_branch_is_followed_through_the_stack_map_frames() throws Exception {
    Class<?> branching = loader.loadClass(BRANCHING);
    Object early = branching.getConstructor(long.class).newInstance(4L);

    assertThat(branching.getField("count").get(early)).isEqualTo(4);
    assertThat(sink.events).containsExactly("write label of it");
  }

  /**
   * The class with Java 25 constructors, as javac 25 would compile them.
   *
   * <pre>{@code
   * public class EarlyStores {
   *   public int count;
   *   public Object label;
   *
   *   public EarlyStores(int v) {
   *     if (v < 0) { count = 0; } else { count = v; }
   *     label = new StringBuilder("early");
   *     super();
   *     count = count * 2;
   *     label = "late";
   *   }
   *
   *   public EarlyStores() {
   *     label = "delegating";
   *     this(3);
   *     count = count + 1;
   *   }
   * }
   * }</pre>
   */
  private static byte[] earlyStores() {
    ClassWriter writer = classWithFields(INTERNAL);

    Constructor init = new Constructor(writer, INTERNAL, "(I)V");
    Label positive = new Label();
    Label joined = new Label();
    init.code.visitVarInsn(Opcodes.ILOAD, 1);
    init.code.visitJumpInsn(Opcodes.IFGE, positive);
    init.code.visitVarInsn(Opcodes.ALOAD, 0);
    init.code.visitInsn(Opcodes.ICONST_0);
    init.putCount();
    init.code.visitJumpInsn(Opcodes.GOTO, joined);
    init.code.visitLabel(positive);
    init.code.visitVarInsn(Opcodes.ALOAD, 0);
    init.code.visitVarInsn(Opcodes.ILOAD, 1);
    init.putCount();
    init.code.visitLabel(joined);
    init.code.visitVarInsn(Opcodes.ALOAD, 0);
    init.code.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
    init.code.visitInsn(Opcodes.DUP);
    init.code.visitLdcInsn("early");
    init.code.visitMethodInsn(
        Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
    init.code.visitFieldInsn(Opcodes.PUTFIELD, INTERNAL, "label", "Ljava/lang/Object;");
    init.superCall();
    init.updateCount(Opcodes.ICONST_2, Opcodes.IMUL);
    init.putLabel("late");
    init.end();

    Constructor delegating = new Constructor(writer, INTERNAL, "()V");
    delegating.putLabel("delegating");
    delegating.code.visitVarInsn(Opcodes.ALOAD, 0);
    delegating.code.visitInsn(Opcodes.ICONST_3);
    delegating.code.visitMethodInsn(Opcodes.INVOKESPECIAL, INTERNAL, "<init>", "(I)V", false);
    delegating.updateCount(Opcodes.ICONST_1, Opcodes.IADD);
    delegating.end();

    writer.visitEnd();
    return writer.toByteArray();
  }

  /**
   * Not Java: a constructor call on each path, so the state after the first one is not the state at
   * the second branch.
   *
   * <pre>{@code
   * public SuperOnEachBranch(long v) {
   *   if (v < 0) { super(); } else { count = (int) v; super(); }
   *   label = "late";
   * }
   * }</pre>
   */
  private static byte[] superOnEachBranch() {
    String internal = BRANCHING.replace('.', '/');
    ClassWriter writer = classWithFields(internal);
    Constructor branching = new Constructor(writer, internal, "(J)V");
    Label otherwise = new Label();
    Label initialized = new Label();
    branching.code.visitVarInsn(Opcodes.LLOAD, 1);
    branching.code.visitInsn(Opcodes.LCONST_0);
    branching.code.visitInsn(Opcodes.LCMP);
    branching.code.visitJumpInsn(Opcodes.IFGE, otherwise);
    branching.superCall();
    branching.code.visitJumpInsn(Opcodes.GOTO, initialized);
    branching.code.visitLabel(otherwise);
    branching.code.visitVarInsn(Opcodes.ALOAD, 0);
    branching.code.visitVarInsn(Opcodes.LLOAD, 1);
    branching.code.visitInsn(Opcodes.L2I);
    branching.putCount();
    branching.superCall();
    branching.code.visitLabel(initialized);
    branching.putLabel("late");
    branching.end();

    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A public class with public fields {@code int count} and {@code Object label}. */
  private static ClassWriter classWithFields(String internalName) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    writer.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER,
        internalName,
        null,
        "java/lang/Object",
        null);
    writer.visitField(Opcodes.ACC_PUBLIC, "count", "I", null, null).visitEnd();
    writer.visitField(Opcodes.ACC_PUBLIC, "label", "Ljava/lang/Object;", null, null).visitEnd();
    return writer;
  }

  /** One public constructor's code, with shorthands for the two fields. */
  private static final class Constructor {
    final MethodVisitor code;
    private final String owner;

    Constructor(ClassWriter writer, String owner, String descriptor) {
      this.code = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", descriptor, null, null);
      this.owner = owner;
      code.visitCode();
    }

    /** {@code [this, value] -> []}: {@code this.count = value}. */
    void putCount() {
      code.visitFieldInsn(Opcodes.PUTFIELD, owner, "count", "I");
    }

    /** {@code this.count = this.count <op> <constant>}. */
    void updateCount(int constant, int op) {
      code.visitVarInsn(Opcodes.ALOAD, 0);
      code.visitVarInsn(Opcodes.ALOAD, 0);
      code.visitFieldInsn(Opcodes.GETFIELD, owner, "count", "I");
      code.visitInsn(constant);
      code.visitInsn(op);
      putCount();
    }

    /** {@code this.label = value}. */
    void putLabel(String value) {
      code.visitVarInsn(Opcodes.ALOAD, 0);
      code.visitLdcInsn(value);
      code.visitFieldInsn(Opcodes.PUTFIELD, owner, "label", "Ljava/lang/Object;");
    }

    /** {@code super()}, of {@code Object}. */
    void superCall() {
      code.visitVarInsn(Opcodes.ALOAD, 0);
      code.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    }

    void end() {
      code.visitInsn(Opcodes.RETURN);
      code.visitMaxs(0, 0);
      code.visitEnd();
    }
  }
}
