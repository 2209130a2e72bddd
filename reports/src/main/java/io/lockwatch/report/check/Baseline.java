package io.lockwatch.report.check;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fingerprints of accepted findings, so that a check fails only on new ones. The file is JSON:
 * {@code {"lockwatchBaseline": 2, "fingerprints": [{"fingerprint", "category", "description"}]}},
 * sorted so that it diffs well under version control. Format 1 (Lockwatch 0.1) held fingerprints
 * made of line numbers, which no report matches any more: it is refused with how to make a new one.
 *
 * @param entries the accepted findings
 */
public record Baseline(List<Entry> entries) {

  /** The format version this code reads and writes. */
  public static final int FORMAT = 2;

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  /**
   * One accepted finding.
   *
   * @param fingerprint the finding's fingerprint, the only part that is matched
   * @param category the {@link FindingCategory#id()}, for people
   * @param description the finding's headline when the baseline was made, for people
   */
  public record Entry(String fingerprint, String category, String description) {}

  /** The empty baseline: every finding is new. */
  public static Baseline empty() {
    return new Baseline(List.of());
  }

  /** A baseline that accepts every one of {@code findings}. */
  public static Baseline of(List<Finding> findings) {
    List<Entry> entries =
        findings.stream()
            .map(f -> new Entry(f.fingerprint(), f.category().id(), f.headline()))
            .distinct()
            .sorted(Comparator.comparing(Entry::category).thenComparing(Entry::fingerprint))
            .toList();
    return new Baseline(entries);
  }

  /** The accepted fingerprints. */
  public Set<String> fingerprints() {
    return entries.stream().map(Entry::fingerprint).collect(Collectors.toSet());
  }

  /** The baseline file's content. */
  public String toJson() {
    JsonObject root = new JsonObject();
    root.addProperty("lockwatchBaseline", FORMAT);
    root.add("fingerprints", GSON.toJsonTree(entries));
    return GSON.toJson(root) + "\n";
  }

  /**
   * Reads a baseline file.
   *
   * @throws ReportFormatException with a one-line reason, starting with the file
   */
  public static Baseline read(Path file) throws ReportFormatException {
    return ReportJson.read(file, Baseline::read);
  }

  private static Baseline read(Reader in) throws ReportFormatException {
    JsonObject root = ReportJson.parseObject(in);
    JsonElement format = root.get("lockwatchBaseline");
    if (format == null || !format.isJsonPrimitive() || !format.getAsJsonPrimitive().isNumber()) {
      throw new ReportFormatException("not a Lockwatch baseline: missing \"lockwatchBaseline\"");
    }
    if (format.getAsDouble() == 1) {
      throw new ReportFormatException(
          "lockwatchBaseline 1 holds fingerprints of Lockwatch 0.1 (made of line numbers), which"
              + " this version no longer writes; make a new one with: lockwatch-reports baseline"
              + " REPORT... -o FILE");
    }
    if (format.getAsDouble() != FORMAT) {
      throw new ReportFormatException(
          "unsupported lockwatchBaseline " + format + " (this tool reads " + FORMAT + ")");
    }
    JsonElement list = root.get("fingerprints");
    if (list == null || !list.isJsonArray()) {
      throw new ReportFormatException("expected an array at $.fingerprints");
    }
    JsonArray array = list.getAsJsonArray();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "$.fingerprints[" + i + "]";
      if (!array.get(i).isJsonObject()) {
        throw new ReportFormatException("expected an object at " + path);
      }
      JsonObject entry = array.get(i).getAsJsonObject();
      entries.add(
          new Entry(
              requiredString(entry, "fingerprint", path),
              optionalString(entry, "category"),
              optionalString(entry, "description")));
    }
    return new Baseline(List.copyOf(entries));
  }

  private static String requiredString(JsonObject object, String key, String path)
      throws ReportFormatException {
    String value = optionalString(object, key);
    if (value == null) {
      throw new ReportFormatException("missing \"" + key + "\" at " + path);
    }
    return value;
  }

  private static String optionalString(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
        ? value.getAsString()
        : null;
  }
}
