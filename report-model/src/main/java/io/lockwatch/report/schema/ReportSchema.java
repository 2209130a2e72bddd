package io.lockwatch.report.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of a Lockwatch report, {@code schemaVersion} 2, and validation
 * against it.
 *
 * <p>For integration tests elsewhere: depend on {@code lockwatch-report-model} and, in test scope,
 * on {@code com.networknt:json-schema-validator} (its version is managed by the parent POM), then
 * {@code assertThat(ReportSchema.problems(reportFile)).isEmpty()}.
 */
public final class ReportSchema {
  /** Class-path resource of the schema. */
  public static final String RESOURCE = "/io/lockwatch/report/lockwatch-report.schema.json";

  private ReportSchema() {}

  /** The schema document. */
  public static String text() {
    try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What makes {@code json} invalid, one line each ({@code $.run.pid: ...}); empty when it is a
   * valid report. Needs {@code com.networknt:json-schema-validator} on the class path.
   */
  public static List<String> problems(String json) {
    return SchemaValidation.INSTANCE.problems(json);
  }

  /** {@link #problems(String)} of a report file. */
  public static List<String> problems(Path reportFile) throws IOException {
    return problems(Files.readString(reportFile, StandardCharsets.UTF_8));
  }
}
