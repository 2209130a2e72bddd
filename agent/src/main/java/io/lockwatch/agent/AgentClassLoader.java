package io.lockwatch.agent;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Loads the agent and its shaded libraries from inside the agent jar, where the application's class
 * loader cannot see them: every class {@code a/b/C} is stored as {@code inst/a/b/C.classdata}, and
 * every other resource {@code r} as {@code inst/r}.
 *
 * <p>Its parent is the platform class loader: the agent needs JDK modules that are not in the boot
 * layer's bootstrap part ({@code java.sql}, {@code java.net.http} may be used by libraries), and
 * the platform loader still delegates to the bootstrap loader, so the bridge appended to the
 * bootstrap search path is the one copy the agent and instrumented code share. The system class
 * path is never consulted, so the application's own Byte Buddy or Gson cannot mix with the agent's.
 */
final class AgentClassLoader extends ClassLoader implements Closeable {
  /** The folder inside the agent jar that holds the hidden classes and resources. */
  static final String FOLDER = "inst/";

  /** The suffix of a hidden class file. */
  static final String CLASS_DATA = ".classdata";

  static {
    registerAsParallelCapable();
  }

  /** Names under these prefixes are the agent's own: missing from the jar, they are a defect. */
  private static final List<String> OWN_PREFIXES =
      List.of("io.lockwatch.agent.", "io.lockwatch.shaded.");

  private final JarFile jar;
  private final String jarUrl;
  private final ProtectionDomain domain;
  private final PrintStream errors;
  private final AtomicBoolean defectSaid = new AtomicBoolean();

  /** A loader of the classes hidden in the agent jar at {@code agentJar}. */
  AgentClassLoader(Path agentJar) throws IOException {
    this(agentJar, System.err);
  }

  /** The same, saying a class missing from the jar on {@code errors}. */
  AgentClassLoader(Path agentJar, PrintStream errors) throws IOException {
    super("lockwatch", ClassLoader.getPlatformClassLoader());
    this.errors = errors;
    this.jar = new JarFile(agentJar.toFile(), false);
    URL location = agentJar.toUri().toURL();
    this.jarUrl = location.toExternalForm();
    this.domain =
        new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null, this, null);
  }

  /** The jar entry that holds resource {@code name}, as the application would name it. */
  static String entryName(String name) {
    if (name.endsWith(".class")) {
      return FOLDER + name.substring(0, name.length() - ".class".length()) + CLASS_DATA;
    }
    return FOLDER + name;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    ZipEntry entry = jar.getEntry(entryName(name.replace('.', '/') + ".class"));
    if (entry == null) {
      sayIfOwn(name);
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = in.readAllBytes();
    } catch (IOException unreadable) {
      throw new ClassNotFoundException(name, unreadable);
    }
    definePackageOf(name);
    return defineClass(name, bytes, 0, bytes.length, domain);
  }

  /**
   * Says once that the jar lacks one of the agent's own classes: the slimmed jar left out something
   * a code path needs. The caller gets {@link ClassNotFoundException} and goes on without it, but
   * silently that would only make the agent see less.
   */
  private void sayIfOwn(String name) {
    if (OWN_PREFIXES.stream().anyMatch(name::startsWith) && defectSaid.compareAndSet(false, true)) {
      errors.println(
          "[lockwatch] ERROR the agent jar lacks "
              + name
              + " (a defect of this build: please report it); the agent goes on without it");
    }
  }

  private void definePackageOf(String className) {
    int dot = className.lastIndexOf('.');
    if (dot < 0) {
      return;
    }
    String name = className.substring(0, dot);
    if (getDefinedPackage(name) == null) {
      try {
        definePackage(name, null, null, null, null, null, null, null);
      } catch (IllegalArgumentException definedMeanwhile) {
        // another thread defined it first: the same package
      }
    }
  }

  @Override
  protected URL findResource(String name) {
    String entry = entryName(name);
    if (jar.getEntry(entry) == null) {
      return null;
    }
    try {
      return URI.create("jar:" + jarUrl + "!/" + entry).toURL();
    } catch (MalformedURLException | IllegalArgumentException unnamed) {
      return null;
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL found = findResource(name);
    return found == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(found));
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    InputStream parents = getParent().getResourceAsStream(name);
    if (parents != null) {
      return parents;
    }
    ZipEntry entry = jar.getEntry(entryName(name));
    try {
      return entry == null ? null : jar.getInputStream(entry);
    } catch (IOException unreadable) {
      return null; // as ClassLoader does for a resource it cannot read
    }
  }

  /** Closes the agent jar (the agent's own loader lives as long as the JVM; tests close theirs). */
  @Override
  public void close() throws IOException {
    jar.close();
  }
}
