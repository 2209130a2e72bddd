package io.lockwatch.report.merge;

import io.lockwatch.report.json.ReportFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report files that command-line arguments name: a file as it is, a directory as every {@code
 * *.json} file under it, a glob pattern ({@code target/lockwatch/*.json}, {@code **}{@code
 * /lockwatch-*.json}) as the files it matches (each sorted by path).
 */
public final class ReportPaths {
  private static final String GLOB_CHARS = "*?[{";

  private ReportPaths() {}

  /**
   * The files {@code arguments} name, in the order given (each directory or pattern sorted).
   *
   * @throws ReportFormatException when a directory or a pattern names no file
   */
  public static List<Path> expand(List<String> arguments) throws ReportFormatException {
    List<Path> files = new ArrayList<>();
    for (String argument : arguments) {
      files.addAll(expand(argument));
    }
    return List.copyOf(files);
  }

  private static List<Path> expand(String argument) throws ReportFormatException {
    if (isPattern(argument)) {
      return matching(argument);
    }
    Path path = Path.of(argument);
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> found =
        walk(path, Integer.MAX_VALUE, file -> file.getFileName().toString().endsWith(".json"));
    if (found.isEmpty()) {
      throw new ReportFormatException(argument + ": a directory without any report (*.json)");
    }
    return found;
  }

  /** Whether {@code argument} is a glob pattern rather than a path. */
  static boolean isPattern(String argument) {
    return argument.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
  }

  private static List<Path> matching(String pattern) throws ReportFormatException {
    Path base = base(pattern);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : depth(base, pattern);
    List<Path> found = Files.isDirectory(base) ? walk(base, depth, matcher) : List.of();
    if (found.isEmpty()) {
      throw new ReportFormatException(pattern + ": no file matches this pattern");
    }
    return found;
  }

  /** The directory the pattern's first glob segment is in: where to start looking. */
  private static Path base(String pattern) {
    int glob = 0;
    while (GLOB_CHARS.indexOf(pattern.charAt(glob)) < 0) {
      glob++;
    }
    int slash = pattern.lastIndexOf('/', glob);
    if (slash < 0) {
      return Path.of("");
    }
    return Path.of(slash == 0 ? "/" : pattern.substring(0, slash));
  }

  /** How many directory levels below {@code base} a pattern without {@code **} reaches. */
  private static int depth(Path base, String pattern) {
    String rest = base.toString().isEmpty() ? pattern : pattern.substring(base.toString().length());
    return (int) Stream.of(rest.split("/")).filter(s -> !s.isEmpty()).count();
  }

  private static List<Path> walk(Path base, int depth, PathMatcher matcher) {
    // Path.of("") walks as "", whose children print as "a.json": what a pattern matches against
    try (Stream<Path> paths = Files.walk(base, depth)) {
      List<Path> found = new ArrayList<>();
      paths.filter(Files::isRegularFile).filter(matcher::matches).sorted().forEach(found::add);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
