package io.lockwatch.report.render.html;

import io.lockwatch.report.model.Site;
import io.lockwatch.report.render.SourcePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the source file of a site under a few source roots ({@code src/main/java} and the like) and
 * reads its lines, once per file. A file that is absent or unreadable is simply not shown.
 */
public final class SourceFiles {
  private static final long MAX_FILE_BYTES = 2_000_000;

  private final List<Path> roots;
  private final Map<String, Optional<List<String>>> cache = new HashMap<>();

  private SourceFiles(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** Looks under {@code roots}, in order. */
  public static SourceFiles under(List<Path> roots) {
    return new SourceFiles(roots);
  }

  /**
   * The Maven layout under {@code base}: {@code src/main/java}, {@code src/test/java}, and the same
   * in each direct subdirectory (the modules of a multi-module build).
   */
  public static SourceFiles mavenLayout(Path base) {
    List<Path> roots = new ArrayList<>();
    addMavenRoots(base, roots);
    if (Files.isDirectory(base)) {
      try (Stream<Path> children = Files.list(base)) {
        children.filter(Files::isDirectory).sorted().forEach(child -> addMavenRoots(child, roots));
      } catch (IOException e) {
        // An unlistable directory has no sources to show.
      }
    }
    return new SourceFiles(roots);
  }

  private static void addMavenRoots(Path dir, List<Path> roots) {
    for (String root : new String[] {"src/main/java", "src/test/java"}) {
      Path path = dir.resolve(root);
      if (Files.isDirectory(path)) {
        roots.add(path);
      }
    }
  }

  /** The roots searched. */
  public List<Path> roots() {
    return roots;
  }

  /** The lines of the file of {@code site}, when one of the roots has it. */
  Optional<List<String>> lines(Site site) {
    if (site == null || site.className() == null || roots.isEmpty()) {
      return Optional.empty();
    }
    String relative = SourcePaths.of(site, "");
    return cache.computeIfAbsent(relative, this::read);
  }

  private Optional<List<String>> read(String relative) {
    for (Path root : roots) {
      Path file = root.resolve(relative);
      try {
        if (Files.isRegularFile(file) && Files.size(file) <= MAX_FILE_BYTES) {
          return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      } catch (IOException | RuntimeException e) {
        // Not UTF-8, unreadable: try the next root, then show no source.
      }
    }
    return Optional.empty();
  }
}
