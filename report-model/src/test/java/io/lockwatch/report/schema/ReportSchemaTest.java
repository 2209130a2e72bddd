package io.lockwatch.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.lockwatch.report.Fixtures;
import io.lockwatch.report.SampleReports;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.json.ReportStructure;
import io.lockwatch.report.model.Report;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportSchemaTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"shop.json", "hung.json", "clean.json", "jvm-order.json", "jvm-report.json"})
  void fixtures_are_valid(String fixture) throws Exception {
    assertThat(ReportSchema.problems(Fixtures.path(fixture))).isEmpty();
  }

  @Test
  void reports_written_by_ReportJson_are_valid() {
    assertThat(ReportSchema.problems(ReportJson.toJson(SampleReports.shop()))).isEmpty();
    assertThat(ReportSchema.problems(ReportJson.toJson(SampleReports.hung()))).isEmpty();
  }

  @Test
  void a_confirm_runs_verdicts_and_the_cycle_a_deadlock_confirms_are_valid_and_read_back()
      throws Exception {
    for (Report report : List.of(SampleReports.confirmed(), SampleReports.notReproduced())) {
      String json = ReportJson.toJson(report);
      assertThat(ReportSchema.problems(json)).isEmpty();
      assertThat(json).contains("\"confirmation\"");
      assertThat(ReportJson.read(new StringReader(json))).isEqualTo(report);
    }
    String bad = ReportJson.toJson(SampleReports.confirmed()).replace("\"confirmed\"", "\"maybe\"");
    assertThat(ReportSchema.problems(bad)).isNotEmpty();
  }

  @Test
  void problems_name_the_place() {
    String json = ReportJson.toJson(SampleReports.clean());
    assertThat(ReportSchema.problems(json.replace("\"pid\": 4444,", "")))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("/run: ").contains("pid"));
    assertThat(ReportSchema.problems(json.replace("\"schemaVersion\": 4", "\"schemaVersion\": 5")))
        .isNotEmpty();
    assertThat(
            ReportSchema.problems(
                json.replace("\"reason\": \"exit\"", "\"reason\": \"exit\", \"extra\": 1")))
        .isNotEmpty();
  }

  /** The schema says what the records and the reader say: same keys, same required keys. */
  @Test
  void schema_matches_the_model_records() {
    JsonObject schema = JsonParser.parseString(ReportSchema.text()).getAsJsonObject();
    JsonObject defs = schema.getAsJsonObject("$defs");
    for (Class<?> record : recordsReachableFrom(Report.class)) {
      JsonObject definition =
          record == Report.class ? schema : defs.getAsJsonObject(record.getSimpleName());
      assertThat(definition).as("definition of %s", record.getSimpleName()).isNotNull();
      Set<String> properties = new TreeSet<>(definition.getAsJsonObject("properties").keySet());
      Set<String> required = new TreeSet<>();
      definition.getAsJsonArray("required").forEach(e -> required.add(e.getAsString()));
      Set<String> components = new TreeSet<>();
      Set<String> requiredComponents = new TreeSet<>();
      for (RecordComponent component : record.getRecordComponents()) {
        components.add(ReportStructure.jsonName(component));
        JsonPrimitive usual = ReportStructure.defaultValue(component);
        if (usual != null) {
          assertThat(
                  definition
                      .getAsJsonObject("properties")
                      .getAsJsonObject(ReportStructure.jsonName(component))
                      .get("default"))
              .as("default of %s", component)
              .isEqualTo(usual);
        } else if (!ReportStructure.isOptional(component)) {
          requiredComponents.add(ReportStructure.jsonName(component));
        } else {
          JsonElement type =
              definition
                  .getAsJsonObject("properties")
                  .getAsJsonObject(ReportStructure.jsonName(component));
          assertThat(type.toString()).as("optional %s allows null", component).contains("null");
        }
      }
      assertThat(properties).as("properties of %s", record.getSimpleName()).isEqualTo(components);
      assertThat(required)
          .as("required of %s", record.getSimpleName())
          .isEqualTo(requiredComponents);
      assertThat(definition.get("additionalProperties").getAsBoolean()).isFalse();
    }
  }

  private static Set<Class<?>> recordsReachableFrom(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType generic) {
        todo.addAll(List.of(generic.getActualTypeArguments()));
      } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
        for (RecordComponent component : c.getRecordComponents()) {
          todo.add(component.getGenericType());
        }
      }
    }
    assertThat(seen).hasSizeGreaterThan(10);
    return seen;
  }

  @Test
  void schema_is_published_as_a_resource_of_the_main_jar() {
    assertThat(ReportSchema.class.getResource(ReportSchema.RESOURCE)).isNotNull();
    assertThat(
            JsonParser.parseString(ReportSchema.text())
                .getAsJsonObject()
                .get("$schema")
                .getAsString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }
}
