package io.lockwatch.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Puts the bridge classes ({@code io.lockwatch.bridge}) on the bootstrap class path, so that
 * instrumented code in any class loader, including ones that do not delegate to the application
 * loader, links to the one copy the agent talks to. Done the way Mockito's inline mock maker does
 * it: the class files are copied from the agent jar into a small jar appended to the bootstrap
 * search path. Which classes is read from the agent jar itself, so none can be forgotten.
 *
 * <p>This class names the bridge classes by string only: a class literal would load them through
 * the application class loader before the bootstrap copy exists.
 */
final class BootstrapBridge {
  /** The bridge package, as a resource folder. */
  static final String PACKAGE = "io/lockwatch/bridge/";

  /** The bridge class whose presence says the bridge is there. */
  private static final String PROBE = "Hooks";

  private BootstrapBridge() {}

  static void inject(Instrumentation instrumentation) throws IOException {
    Path codeSource = codeSource();
    List<String> classFiles = classFiles(codeSource);
    if (alreadyOnBootstrapPath()) {
      String differing = firstDifferent(codeSource, classFiles);
      if (differing != null) {
        throw new IllegalStateException(
            "the bootstrap class path already holds the bridge of another Lockwatch build ("
                + differing
                + " differs from this agent's): remove it, or use the agent it came with");
      }
      return; // attached a second time
    }
    if (!classFiles.contains(PACKAGE + PROBE + ".class")) {
      throw new IOException("the agent jar lacks the bridge classes: " + classFiles);
    }
    Path jar = newTemporaryJar();
    jar.toFile().deleteOnExit();
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (String resource : classFiles) {
        try (InputStream in =
            BootstrapBridge.class.getClassLoader().getResourceAsStream(resource)) {
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

  /**
   * A new, empty file for the bridge jar in the temporary directory, named after the clock. Not
   * {@code Files.createTempFile}: its random name costs the start-up of every JVM about 15 ms of
   * security provider loading (and the process id would load the process reaper's classes). Created
   * exclusively, so an existing file (or link) is never used: a taken name tries the next.
   */
  private static Path newTemporaryJar() throws IOException {
    Path folder = Path.of(System.getProperty("java.io.tmpdir"));
    String prefix = "lockwatch-bridge-" + System.nanoTime();
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createFile(folder.resolve(prefix + "-" + attempt + ".jar"));
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
  }

  /**
   * The class files directly in the bridge package (nested classes included, {@code package-info}
   * not), as resource names, in the agent jar or classes folder at {@code codeSource}.
   */
  static List<String> classFiles(Path codeSource) throws IOException {
    if (Files.isDirectory(codeSource)) {
      Path folder = codeSource.resolve(PACKAGE);
      if (!Files.isDirectory(folder)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(folder)) {
        return bridgeClasses(files.map(f -> PACKAGE + f.getFileName()));
      }
    }
    try (JarFile jar = new JarFile(codeSource.toFile())) {
      return bridgeClasses(jar.stream().map(ZipEntry::getName));
    }
  }

  private static List<String> bridgeClasses(Stream<String> resources) {
    return resources
        .filter(r -> r.startsWith(PACKAGE) && r.indexOf('/', PACKAGE.length()) < 0)
        .filter(r -> r.endsWith(".class") && !r.endsWith("/package-info.class"))
        .sorted()
        .toList();
  }

  /** The agent jar (or classes folder) this class was loaded from. */
  static Path codeSource() throws IOException {
    try {
      return Path.of(
          BootstrapBridge.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException unreadable) {
      throw new IOException("cannot locate the agent jar", unreadable);
    }
  }

  /**
   * The first bridge class whose copy on the bootstrap class path is missing or not byte for byte
   * the agent jar's, or null when the two bridges are the same build: the bridge's version is its
   * bytes, so two different Lockwatch builds never mix.
   */
  static String firstDifferent(Path codeSource, List<String> classFiles) throws IOException {
    ClassLoader bootstrapOnly = ClassLoader.getPlatformClassLoader(); // never the class path
    for (String resource : classFiles) {
      byte[] ours = read(codeSource, resource);
      try (InputStream present = bootstrapOnly.getResourceAsStream(resource)) {
        if (present == null || !java.util.Arrays.equals(ours, present.readAllBytes())) {
          return resource;
        }
      }
    }
    return null;
  }

  /** A class file of the agent jar (or classes folder) itself, not of whatever loads first. */
  private static byte[] read(Path codeSource, String resource) throws IOException {
    if (Files.isDirectory(codeSource)) {
      return Files.readAllBytes(codeSource.resolve(resource));
    }
    try (JarFile jar = new JarFile(codeSource.toFile());
        InputStream in = jar.getInputStream(jar.getEntry(resource))) {
      return in.readAllBytes();
    }
  }

  private static boolean alreadyOnBootstrapPath() {
    try {
      Class.forName(PACKAGE.replace('/', '.') + PROBE, false, null);
      return true;
    } catch (ClassNotFoundException notYet) {
      return false;
    }
  }
}
