package io.lockwatch.testkit.source;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lockwatch.testkit.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source text of a class's top-level class, found as a {@code .java} resource next to its class
 * file (modules that validate against their sources copy them there, so the text always matches the
 * compiled classes), else under {@link TestPaths#sourceRoots()}.
 */
public final class SourceFile {
  private static final Map<String, SourceFile> READ = new ConcurrentHashMap<>();

  private final String topClassName;
  private final String location;
  private final List<String> lines;

  private SourceFile(String topClassName, String location, List<String> lines) {
    this.topClassName = topClassName;
    this.location = location;
    this.lines = List.copyOf(lines);
  }

  /** The source of this class (for a nested class, of its top-level class). */
  public static SourceFile of(Class<?> type) {
    return of(type.getName(), type.getClassLoader());
  }

  /**
   * The source of the class of this binary name, e.g. for a class the test cannot load (compiled
   * for a newer Java than the one running the test).
   */
  public static SourceFile of(String className) {
    return of(className, Thread.currentThread().getContextClassLoader());
  }

  /** A source given as text, for a class that has no file (e.g. in a test of the parser). */
  public static SourceFile ofText(String topClassName, String text) {
    return new SourceFile(topClassName, "text of " + topClassName, split(text.getBytes(UTF_8)));
  }

  private static SourceFile of(String className, ClassLoader loader) {
    int nested = className.indexOf('$');
    String top = nested < 0 ? className : className.substring(0, nested);
    return READ.computeIfAbsent(top, name -> read(name, loader));
  }

  private static SourceFile read(String top, ClassLoader loader) {
    String relative = top.replace('.', '/') + ".java";
    try {
      if (loader != null) {
        try (InputStream in = loader.getResourceAsStream(relative)) {
          if (in != null) {
            return new SourceFile(top, "class path resource " + relative, split(in.readAllBytes()));
          }
        }
      }
      for (Path root : TestPaths.sourceRoots()) {
        Path file = root.resolve(relative);
        if (Files.isRegularFile(file)) {
          return new SourceFile(top, file.toString(), split(Files.readAllBytes(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source of " + top, e);
    }
    throw new AssertionError(
        "the source of "
            + top
            + " is neither a class path resource "
            + relative
            + " nor under "
            + TestPaths.sourceRoots());
  }

  private static List<String> split(byte[] text) {
    return Arrays.asList(new String(text, UTF_8).split("\\R", -1));
  }

  /** The binary name of the file's top-level class. */
  public String topClassName() {
    return topClassName;
  }

  /** The file's name as stack frames show it, e.g. {@code Bank.java}. */
  public String fileName() {
    return topClassName.substring(topClassName.lastIndexOf('.') + 1) + ".java";
  }

  /** The package of the top-level class, empty for the default package. */
  public String packageName() {
    int dot = topClassName.lastIndexOf('.');
    return dot < 0 ? "" : topClassName.substring(0, dot);
  }

  /** Where the text was read from, for messages. */
  public String location() {
    return location;
  }

  /** The lines of the file, in order; line {@code n} is at index {@code n - 1}. */
  public List<String> lines() {
    return lines;
  }

  /** Line {@code number} (1-based) of this file. */
  public SourceLine line(int number) {
    return new SourceLine(topClassName, fileName(), number);
  }
}
