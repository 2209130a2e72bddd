package io.lockwatch.report.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.lockwatch.report.model.Report;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Turns a {@link Report} into JSON and back. Thread-safe. */
public final class ReportJson {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private static final List<String> REQUIRED_KEYS =
      List.of(
          "schemaVersion",
          "run",
          "summary",
          "lockOrderCycles",
          "observedDeadlocks",
          "unguardedFields",
          "waitHazards",
          "agentErrors");

  private ReportJson() {}

  /** Writes the report as pretty-printed JSON. */
  public static void write(Report report, Writer out) throws IOException {
    GSON.toJson(report, Report.class, out);
    out.flush();
  }

  /** The report as a JSON string. */
  public static String toJson(Report report) {
    return GSON.toJson(report, Report.class);
  }

  /**
   * Writes the report to {@code target} atomically: to a temporary file in the same directory first,
   * then renamed over the target, so a reader never sees half a report.
   */
  public static void writeAtomically(Report report, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        write(report, out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a report, checking that it is a JSON object of the supported schema version with every
   * top-level section present.
   *
   * @throws ReportFormatException with a one-line reason when the input is unusable
   */
  public static Report read(Reader in) throws ReportFormatException {
    JsonElement root;
    try {
      root = JsonParser.parseReader(in);
    } catch (JsonParseException e) {
      throw new ReportFormatException("not valid JSON: " + rootMessage(e), e);
    }
    if (root == null || !root.isJsonObject()) {
      throw new ReportFormatException("not a Lockwatch report: expected a JSON object");
    }
    JsonObject object = root.getAsJsonObject();
    for (String key : REQUIRED_KEYS) {
      if (!object.has(key) || object.get(key).isJsonNull()) {
        throw new ReportFormatException("not a Lockwatch report: missing \"" + key + "\"");
      }
    }
    JsonElement version = object.get("schemaVersion");
    if (!version.isJsonPrimitive()
        || !version.getAsJsonPrimitive().isNumber()
        || version.getAsInt() != Report.SCHEMA_VERSION) {
      throw new ReportFormatException(
          "unsupported schemaVersion "
              + version
              + " (this tool reads version "
              + Report.SCHEMA_VERSION
              + ")");
    }
    try {
      return GSON.fromJson(object, Report.class);
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      throw new ReportFormatException("malformed report: " + rootMessage(e), e);
    }
  }

  /** Reads a report file; see {@link #read(Reader)}. */
  public static Report read(Path file) throws ReportFormatException {
    if (Files.isDirectory(file)) {
      throw new ReportFormatException(file + " is a directory, not a report file");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new ReportFormatException("cannot read " + file + ": " + e, e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
