package io.lockwatch.report.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The only class that touches the validator library, loaded on first use, so that the rest of this
 * module works without it (the agent jar does not carry it).
 */
final class SchemaValidation {
  static final SchemaValidation INSTANCE = new SchemaValidation();

  private final Schema schema;

  private SchemaValidation() {
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportSchema.text(), InputFormat.JSON);
  }

  List<String> problems(String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(SchemaValidation::describe)
        .toList();
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }
}
