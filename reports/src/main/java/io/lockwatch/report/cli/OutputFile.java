package io.lockwatch.report.cli;

import io.lockwatch.report.json.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Writes a command's output to a file, atomically, or to standard output for {@code -}. */
final class OutputFile {
  private OutputFile() {}

  /** Whether {@code file} means standard output. */
  static boolean isStdout(Path file) {
    return file == null || file.toString().equals("-");
  }

  /** Writes {@code content} to {@code file} (temp file and rename), or to {@code stdout}. */
  static void write(Path file, String content, PrintWriter stdout) throws IOException {
    if (isStdout(file)) {
      stdout.print(content);
      stdout.flush();
      return;
    }
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory");
    }
    AtomicFiles.writeString(file, content);
  }

  /**
   * {@link #write}, then, when it went to a file, the line {@code written} says what it holds
   * ({@code Wrote 3 fingerprints of a.json to b.json}); standard output stays the content alone.
   */
  static void write(Path file, String content, PrintWriter stdout, Supplier<String> written)
      throws IOException {
    write(file, content, stdout);
    if (!isStdout(file)) {
      stdout.println(written.get());
    }
  }
}
