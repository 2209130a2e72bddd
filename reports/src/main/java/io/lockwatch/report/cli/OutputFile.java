package io.lockwatch.report.cli;

import io.lockwatch.report.json.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
