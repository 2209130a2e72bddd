package io.lockwatch.report.render;

import io.lockwatch.report.model.Site;
import io.lockwatch.report.render.html.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a site's source file is, as a path relative to a base directory (the repository root, for
 * code scanning): the first of several source roots that has the file ({@code src/main/java}, then
 * {@code src/test/java}, ...). A file no root has (a JDK or library class) has no path.
 */
public final class SourceRootPaths {
  private final List<Path> roots;
  private final Path base;
  private final Map<String, Optional<String>> cache = new HashMap<>();

  private SourceRootPaths(List<Path> roots, Path base) {
    this.roots = List.copyOf(roots);
    this.base = base.toAbsolutePath().normalize();
  }

  /** Looks under {@code roots}, in order; paths are relative to {@code base}. */
  public static SourceRootPaths under(List<Path> roots, Path base) {
    return new SourceRootPaths(roots, base);
  }

  /**
   * The Maven layout under {@code base}: main and test sources there and in each direct
   * subdirectory (the modules of a multi-module build).
   */
  public static SourceRootPaths mavenLayout(Path base) {
    return new SourceRootPaths(SourceFiles.mavenLayout(base).roots(), base);
  }

  /** {@code roots}, or the Maven layout under {@code base} when there are none. */
  public static SourceRootPaths of(List<Path> roots, Path base) {
    return roots.isEmpty() ? mavenLayout(base) : under(roots, base);
  }

  /** The file of {@code site} relative to the base, with {@code /}, or null when no root has it. */
  public String pathOf(Site site) {
    String relative = SourcePaths.of(site, "");
    return cache.computeIfAbsent(relative, this::find).orElse(null);
  }

  private Optional<String> find(String relative) {
    for (Path root : roots) {
      Path file = root.resolve(relative).toAbsolutePath().normalize();
      if (Files.isRegularFile(file)) {
        return Optional.of(base.relativize(file).toString().replace('\\', '/'));
      }
    }
    return Optional.empty();
  }
}
