package io.lockwatch.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Puts the bridge classes ({@code io.lockwatch.bridge}) on the bootstrap class path, so that
 * instrumented code in any class loader, including ones that do not delegate to the application
 * loader, links to the one copy the agent talks to. Done the way Mockito's inline mock maker does
 * it: the class files are copied from the agent jar into a small jar appended to the bootstrap
 * search path.
 */
final class BootstrapBridge {
  /** Every class of the bridge package; a unit test checks that this list is complete. */
  static final List<String> CLASSES =
      List.of(
          "io.lockwatch.bridge.Hooks",
          "io.lockwatch.bridge.LockHooks",
          "io.lockwatch.bridge.MonitorHooks",
          "io.lockwatch.bridge.ConditionHooks",
          "io.lockwatch.bridge.SemaphoreHooks",
          "io.lockwatch.bridge.LatchHooks",
          "io.lockwatch.bridge.QueueHooks",
          "io.lockwatch.bridge.ThreadHooks",
          "io.lockwatch.bridge.ExecutorHooks",
          "io.lockwatch.bridge.ConcurrentHooks",
          "io.lockwatch.bridge.FieldHooks",
          "io.lockwatch.bridge.Task",
          "io.lockwatch.bridge.Task$PlainPoolSubclass",
          "io.lockwatch.bridge.SyncOp",
          "io.lockwatch.bridge.EventSink",
          "io.lockwatch.bridge.EventSink$Ignoring");

  private BootstrapBridge() {}

  static void inject(Instrumentation instrumentation) throws IOException {
    if (alreadyOnBootstrapPath()) {
      return; // attached a second time
    }
    Path jar = Files.createTempFile("lockwatch-bridge-", ".jar");
    jar.toFile().deleteOnExit();
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (String className : CLASSES) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = BootstrapBridge.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("the agent jar lacks " + resource);
          }
          out.putNextEntry(new JarEntry(resource));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
  }

  private static boolean alreadyOnBootstrapPath() {
    try {
      Class.forName(CLASSES.get(0), false, null);
      return true;
    } catch (ClassNotFoundException notYet) {
      return false;
    }
  }
}
