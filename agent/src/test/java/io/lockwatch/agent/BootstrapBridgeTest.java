package io.lockwatch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import net.bytebuddy.jar.asm.ClassReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapBridgeTest {
  private static final int CONSTANT_CLASS = 7;

  @TempDir Path dir;

  @Test
  void reads_the_class_files_of_the_bridge_package_and_nothing_else_from_a_jar()
      throws IOException {
    Path jar = dir.resolve("agent.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name :
          List.of(
              "io/lockwatch/bridge/Hooks.class",
              "io/lockwatch/bridge/TaskWrapping$PlainPoolSubclass.class",
              "io/lockwatch/bridge/package-info.class",
              "io/lockwatch/bridge/notes.txt",
              "io/lockwatch/bridge/inner/Other.class",
              "io/lockwatch/agent/LockwatchAgent.class")) {
        out.putNextEntry(new JarEntry(name));
        out.closeEntry();
      }
    }

    assertThat(BootstrapBridge.classFiles(jar))
        .containsExactly(
            "io/lockwatch/bridge/Hooks.class",
            "io/lockwatch/bridge/TaskWrapping$PlainPoolSubclass.class");
  }

  @Test
  void every_bridge_class_a_bridge_class_refers_to_is_copied() throws Exception {
    List<String> copied = BootstrapBridge.classFiles(compiledClasses());

    Set<String> referenced = new TreeSet<>();
    for (String classFile : copied) {
      referenced.addAll(bridgeClassesReferencedBy(classFile));
    }
    assertThat(copied)
        .contains(
            "io/lockwatch/bridge/Hooks.class",
            "io/lockwatch/bridge/LockHooks.class",
            "io/lockwatch/bridge/EventSink$Ignoring.class",
            "io/lockwatch/bridge/TaskWrapping$PlainPoolSubclass.class")
        .containsAll(referenced)
        .doesNotContain("io/lockwatch/bridge/package-info.class");
  }

  @Test
  void injects_a_jar_of_exactly_those_classes() throws Exception {
    List<JarFile> appended = new ArrayList<>();
    Instrumentation instrumentation =
        (Instrumentation)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Instrumentation.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("appendToBootstrapClassLoaderSearch")) {
                    appended.add((JarFile) args[0]);
                  }
                  return null;
                });

    BootstrapBridge.inject(instrumentation);

    assertThat(appended).hasSize(1);
    try (JarFile jar = appended.get(0)) {
      assertThat(Collections.list(jar.entries()))
          .extracting(JarEntry::getName)
          .containsExactlyElementsOf(BootstrapBridge.classFiles(compiledClasses()));
    }
  }

  private static Path compiledClasses() throws URISyntaxException {
    return Path.of(
        BootstrapBridge.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The class files of the bridge package that a bridge class's constant pool names. */
  private static Set<String> bridgeClassesReferencedBy(String classFile) throws IOException {
    ClassReader reader;
    try (InputStream in = BootstrapBridge.class.getClassLoader().getResourceAsStream(classFile)) {
      reader = new ClassReader(in);
    }
    char[] buffer = new char[reader.getMaxStringLength()];
    Set<String> names = new TreeSet<>();
    for (int i = 1; i < reader.getItemCount(); i++) {
      int item = reader.getItem(i);
      if (item > 0 && reader.readByte(item - 1) == CONSTANT_CLASS) {
        String name = reader.readUTF8(item, buffer);
        if (name.startsWith(BootstrapBridge.PACKAGE)) {
          names.add(name + ".class");
        }
      }
    }
    return names;
  }
}
