package io.lockwatch.agent.instrument.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.instrument.Hook;
import io.lockwatch.agent.instrument.RewriteStores;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicVerifier;

/**
 * Rewrites the running JDK's own class files, every one the rules name, and checks each rewritten
 * method with ASM's analyzer (consistent stack and locals within the declared maxima), and that the
 * hooks each row calls for are where they should be.
 */
class JdkTransformerTest {
  private static final Map<String, byte[]> JDK = watchedClassFiles();

  private final SiteRegistry sites = new SiteRegistry();
  private final FieldRegistry fields = new FieldRegistry();
  private final AgentErrors errors = new AgentErrors();

  @Test
  void every_watched_jdk_class_is_rewritten_into_methods_the_analyzer_accepts() {
    assertThat(JDK).hasSizeGreaterThan(40);
    for (boolean handOffs : new boolean[] {false, true}) {
      JdkTransformer transformer = transformer(handOffs);
      List<String> rewritten = new ArrayList<>();
      for (Map.Entry<String, byte[]> jdkClass : JDK.entrySet()) {
        if (!transformer.instruments(jdkClass.getKey(), null)) {
          continue;
        }
        byte[] bytes = transformer.rewrite(null, jdkClass.getValue());
        if (bytes != null) {
          rewritten.add(jdkClass.getKey());
          analyze(jdkClass.getKey(), bytes);
        }
      }
      assertThat(rewritten).as("with hand-offs %s", handOffs).hasSizeGreaterThan(30);
    }
    assertThat(errors.total()).isZero();
  }

  @Test
  void synchronized_methods_of_the_legacy_classes_report_their_monitor() {
    assertThat(hooksIn("java/util/Vector", "add", "(Ljava/lang/Object;)Z", false))
        .contains("syncMethodEnter", "syncMethodExit");
    assertThat(
            hooksIn(
                "java/lang/StringBuffer",
                "append",
                "(Ljava/lang/Object;)Ljava/lang/StringBuffer;",
                false))
        .contains("syncMethodEnter", "syncMethodExit");
    assertThat(hooksIn("java/util/Hashtable", "computeIfAbsent", null, false))
        .contains("syncMethodEnter", "syncMethodExit");
  }

  @Test
  void synchronized_blocks_of_wrappers_and_streams_report_their_monitor_before_each_instruction() {
    assertThat(hooksIn("java/util/Collections$SynchronizedCollection", "add", null, false))
        .containsExactly("monitorEnter", "monitorExit", "monitorExit");
    assertThat(
            hooksIn(
                "java/io/PrintStream",
                "format",
                "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;",
                false))
        .contains("monitorEnter", "monitorExit");
    assertThat(hooksIn("java/lang/Throwable", "fillInStackTrace", "()Ljava/lang/Throwable;", false))
        .as("not a printing method")
        .isEmpty();
  }

  @Test
  void internal_locks_and_bins_only_order_and_timer_waits_are_replaced() {
    assertThat(
            hooksIn(
                "java/util/concurrent/ArrayBlockingQueue", "offer", "(Ljava/lang/Object;)Z", false))
        .startsWith("internalLocked")
        .contains("internalUnlocking") // once per path out of the finally block
        .containsOnly("internalLocked", "internalUnlocking");
    assertThat(hooksIn("java/util/concurrent/ConcurrentHashMap", "computeIfAbsent", null, false))
        .contains("binsEnter", "binsExit")
        .doesNotContain("monitorEnter", "binsEnterToWrite");
    assertThat(hooksIn("java/util/concurrent/ConcurrentHashMap", "putVal", null, false))
        .contains("binsEnterToWrite", "binsExit")
        .doesNotContain("binsEnter");
    assertThat(
            hooksIn(
                "java/util/concurrent/CopyOnWriteArrayList", "add", "(Ljava/lang/Object;)Z", false))
        .contains("internalMonitorEnter", "internalMonitorExit");
    assertThat(hooksIn("java/util/TimerThread", "mainLoop", "()V", false)).contains("wait");
  }

  @Test
  void hand_offs_release_before_and_acquire_after_and_only_with_race_detection() {
    List<String> complete =
        hooksIn("java/util/concurrent/CompletableFuture", "completeValue", null, true);
    assertThat(complete).containsSubsequence("volatileWrite", "volatileRead");
    assertThat(hooksIn("java/util/concurrent/CompletableFuture", "completeValue", null, false))
        .isEmpty();
    assertThat(hooksIn("java/util/concurrent/ForkJoinTask", "fork", null, true))
        .startsWith("volatileWrite");
    assertThat(hooksIn("java/util/concurrent/ThreadPoolExecutor", "awaitTermination", null, true))
        .contains("acquiredIf");
    assertThat(
            hooksIn(
                "java/util/concurrent/FutureTask",
                "<init>",
                "(Ljava/util/concurrent/Callable;)V",
                true))
        .as("the constructor's write of the state publishes the submitter's work")
        .containsExactly("volatileWrite");
  }

  @Test
  void every_hook_the_jdk_visitors_emit_is_a_public_static_bridge_method() throws Exception {
    List<Hook> hooks = new ArrayList<>();
    for (Field field : JdkHookNames.class.getDeclaredFields()) {
      if (field.getType() == Hook.class) {
        hooks.add((Hook) field.get(null));
      }
    }
    for (String wait : List.of("()V", "(J)V", "(JI)V")) {
      hooks.add(JdkHookNames.waitHook(wait));
    }
    assertThat(hooks).hasSize(18);
    for (Hook hook : hooks) {
      Class<?> owner = Class.forName(hook.owner().replace('/', '.'));
      assertThat(owner.getDeclaredMethods())
          .as(hook.toString())
          .anySatisfy(
              m -> {
                assertThat(m.getName()).isEqualTo(hook.name());
                assertThat(net.bytebuddy.jar.asm.Type.getMethodDescriptor(m))
                    .isEqualTo(hook.descriptor());
                assertThat(
                        Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                    .isTrue();
              });
    }
  }

  private List<String> hooksIn(String type, String method, String descriptor, boolean handOffs) {
    byte[] bytes = transformer(handOffs).rewrite(null, JDK.get(type));
    List<String> hooks = new ArrayList<>();
    if (bytes == null) {
      return hooks;
    }
    for (MethodNode m : classNode(bytes).methods) {
      if (!m.name.equals(method) || (descriptor != null && !m.desc.equals(descriptor))) {
        continue;
      }
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof MethodInsnNode call
            && call.getOpcode() == Opcodes.INVOKESTATIC
            && call.owner.startsWith("io/lockwatch/bridge/")) {
          hooks.add(call.name);
        }
      }
      if (descriptor != null) {
        break;
      }
    }
    return hooks;
  }

  private JdkTransformer transformer(boolean handOffs) {
    return new JdkTransformer(
        new RewriteStores(sites, fields, new RuntimeCounters(), errors, null), handOffs);
  }

  private static void analyze(String type, byte[] bytes) {
    ClassNode node = classNode(bytes);
    for (MethodNode method : node.methods) {
      if (method.instructions.size() == 0) {
        continue;
      }
      try {
        new Analyzer<>(new BasicVerifier()).analyze(node.name, method);
      } catch (AnalyzerException e) {
        throw new AssertionError(type + "." + method.name + method.desc + ": " + e.getMessage(), e);
      }
    }
  }

  private static ClassNode classNode(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, 0);
    return node;
  }

  /** The class files of java.base and java.logging that the rules name, by internal name. */
  private static Map<String, byte[]> watchedClassFiles() {
    Map<String, byte[]> files = new TreeMap<>();
    try {
      FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
      for (String module : List.of("java.base", "java.logging")) {
        Path root = jrt.getPath("modules", module);
        try (Stream<Path> all = Files.walk(root)) {
          for (Path file : (Iterable<Path>) all::iterator) {
            String name = root.relativize(file).toString();
            if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
              String internal = name.substring(0, name.length() - ".class".length());
              if (JdkRules.instruments(internal, true)) {
                files.put(internal, Files.readAllBytes(file));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
