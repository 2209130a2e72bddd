package io.lockwatch.report.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.lockwatch.report.model.LockOrderEdge;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns a {@link Report} into JSON and back. Thread-safe. */
public final class ReportJson {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

  /**
   * The tables of a report, written one compact entry a line: thousands of entries in a real run.
   */
  private static final Map<String, Class<?>> TABLES =
      Map.of("lockOrderEdges", LockOrderEdge.class, "lockSites", Site.class);

  /** The schema versions this reader accepts, for messages: "versions 2, 3 and 4". */
  private static final String READABLE =
      "versions "
          + Report.READABLE_SCHEMA_VERSIONS.stream()
              .sorted()
              .map(String::valueOf)
              .collect(Collectors.joining(", "))
              .replaceFirst(", (\\d+)$", " and $1");

  private static final Pattern POSITION = Pattern.compile(" at line \\d+ column \\d+( path \\S+)?");

  private ReportJson() {}

  /** Writes the report as pretty-printed JSON. */
  public static void write(Report report, Writer out) throws IOException {
    out.write(toJson(report));
    out.flush();
  }

  /**
   * The report as a JSON string: pretty-printed, except that each entry of its tables ({@code
   * lockOrderEdges}, {@code lockSites}) is one compact line.
   */
  public static String toJson(Report report) {
    JsonObject tree = GSON.toJsonTree(report, Report.class).getAsJsonObject();
    StringBuilder json = new StringBuilder("{");
    String separator = "\n";
    for (Map.Entry<String, JsonElement> member : tree.entrySet()) {
      json.append(separator).append("  ").append(COMPACT.toJson(member.getKey())).append(": ");
      JsonElement value = member.getValue();
      Class<?> table = TABLES.get(member.getKey());
      if (table != null && value.isJsonArray() && !value.getAsJsonArray().isEmpty()) {
        json.append('[');
        String itemSeparator = "\n";
        for (JsonElement item : value.getAsJsonArray()) {
          json.append(itemSeparator)
              .append("    ")
              .append(COMPACT.toJson(withoutDefaults(table, item)));
          itemSeparator = ",\n";
        }
        json.append("\n  ]");
      } else {
        json.append(GSON.toJson(value).replace("\n", "\n  "));
      }
      separator = ",\n";
    }
    return json.append("\n}").toString();
  }

  /**
   * A table entry without the components that hold their usual value (the reader puts them back).
   */
  private static JsonElement withoutDefaults(Class<?> record, JsonElement item) {
    JsonObject entry = item.getAsJsonObject();
    for (RecordComponent component : record.getRecordComponents()) {
      JsonPrimitive usual = ReportStructure.defaultValue(component);
      String name = ReportStructure.jsonName(component);
      if (usual != null && usual.equals(entry.get(name))) {
        entry.remove(name);
      }
    }
    return entry;
  }

  /**
   * Writes the report to {@code target} atomically: to a temporary file in the same directory
   * first, then renamed over the target, so a reader never sees half a report.
   */
  public static void writeAtomically(Report report, Path target) throws IOException {
    AtomicFiles.write(target, out -> write(report, out));
  }

  /**
   * Reads a report: strict JSON, a JSON object, the supported {@code schemaVersion}, and every
   * field of the model present with the right type (see {@link ReportStructure}).
   *
   * @throws ReportFormatException with a one-line reason when the input is unusable
   */
  public static Report read(Reader in) throws ReportFormatException {
    JsonObject object = parseObject(in);
    JsonElement version = object.get("schemaVersion");
    if (version == null || version.isJsonNull()) {
      throw new ReportFormatException("not a Lockwatch report: missing \"schemaVersion\"");
    }
    if (version.isJsonPrimitive()
        && version.getAsJsonPrimitive().isNumber()
        && version.getAsDouble() == 1) {
      throw new ReportFormatException(
          "schemaVersion 1 was written by Lockwatch 0.1, whose fingerprints were line numbers;"
              + " this tool reads "
              + READABLE
              + ": run the program under the current agent again");
    }
    if (!version.isJsonPrimitive()
        || !version.getAsJsonPrimitive().isNumber()
        || !Report.READABLE_SCHEMA_VERSIONS.contains(version.getAsInt())
        || version.getAsDouble() != version.getAsInt()) {
      throw new ReportFormatException(
          "unsupported schemaVersion " + version + " (this tool reads " + READABLE + ")");
    }
    ReportStructure.check(object);
    try {
      return GSON.fromJson(object, Report.class);
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      throw new ReportFormatException("malformed report: " + rootMessage(e), e);
    }
  }

  /** Reads a report file; see {@link #read(Reader)}. Every message starts with the file. */
  public static Report read(Path file) throws ReportFormatException {
    return read(file, ReportJson::read);
  }

  /**
   * Parses strict JSON that must be one object, with the same one-line errors as {@link
   * #read(Reader)}: for other file formats of the tool (baselines).
   */
  public static JsonObject parseObject(Reader in) throws ReportFormatException {
    JsonReader reader = new JsonReader(in);
    reader.setStrictness(Strictness.STRICT);
    JsonElement root;
    try {
      try {
        reader.peek();
      } catch (EOFException e) {
        throw new ReportFormatException("empty file, not a Lockwatch report");
      }
      root = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new ReportFormatException(
            "not valid JSON: more content after the end" + position(reader.toString()));
      }
    } catch (JsonParseException | IOException e) {
      throw new ReportFormatException(jsonError(e), e);
    }
    if (!root.isJsonObject()) {
      throw new ReportFormatException("not a Lockwatch report: expected a JSON object");
    }
    return root.getAsJsonObject();
  }

  /** What {@link #read(Path)} does with the content of a file, once it is open. */
  @FunctionalInterface
  public interface ContentReader<T> {
    /** Reads the content. */
    T read(Reader in) throws ReportFormatException;
  }

  /**
   * Opens {@code file} and hands it to {@code content}, turning a missing file, a directory and
   * every content problem into a {@link ReportFormatException} whose message starts with the file.
   */
  public static <T> T read(Path file, ContentReader<T> content) throws ReportFormatException {
    if (Files.isDirectory(file)) {
      throw new ReportFormatException(file + ": is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new ReportFormatException(file + ": no such file");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return content.read(in);
    } catch (ReportFormatException e) {
      throw new ReportFormatException(file + ": " + e.getMessage(), e.getCause());
    } catch (IOException | UncheckedIOException e) {
      throw new ReportFormatException(file + ": cannot read: " + rootMessage(e), e);
    }
  }

  private static String jsonError(Exception e) {
    Throwable root = rootCause(e);
    String message = root.getMessage() == null ? "" : root.getMessage();
    if (root instanceof EOFException) {
      return "not valid JSON: the file ends too early (truncated?)" + position(message);
    }
    if (root instanceof MalformedJsonException || root instanceof IllegalStateException) {
      return "not valid JSON" + position(message);
    }
    if (root instanceof CharacterCodingException) {
      return "not valid JSON: not UTF-8 text";
    }
    return "not valid JSON: " + rootMessage(e);
  }

  private static String position(String message) {
    Matcher matcher = POSITION.matcher(message);
    return matcher.find() ? matcher.group() : "";
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = rootCause(e);
    String message = root.getMessage();
    return message == null
        ? root.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}
