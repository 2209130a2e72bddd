package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.lockwatch.report.SampleReports;
import io.lockwatch.report.merge.MergeInput;
import io.lockwatch.report.merge.ReportMerger;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifRendererTest {
  private static Schema sarifSchema;

  @BeforeAll
  static void loadOfficialSchema() throws IOException {
    try (InputStream in =
        SarifRendererTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      sarifSchema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(text, InputFormat.JSON);
    }
  }

  private static String render(Report report, String sourceRoot) throws IOException {
    StringWriter out = new StringWriter();
    new SarifRenderer(sourceRoot).render(report, out);
    return out.toString();
  }

  private static List<String> problems(String sarif) {
    return sarifSchema.validate(sarif, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  @Test
  void output_is_valid_against_the_official_sarif_2_1_0_schema() throws IOException {
    assertThat(problems(render(SampleReports.shop(), null))).isEmpty();
    assertThat(problems(render(SampleReports.hung(), "src/main/java"))).isEmpty();
    assertThat(problems(render(SampleReports.clean(), null))).isEmpty();
    Report merged =
        new ReportMerger()
            .merge(
                List.of(
                    new MergeInput("a.json", SampleReports.orderHalf()),
                    new MergeInput("b.json", SampleReports.reportHalf())));
    assertThat(problems(render(merged, null))).isEmpty();
  }

  @Test
  void a_predicted_race_says_so_in_its_message_and_properties_and_an_observed_one_does_not()
      throws IOException {
    String sarif = render(PredictedRaceReports.observedAndPredicted(), null);
    assertThat(problems(sarif)).isEmpty();
    List<JsonObject> races = new ArrayList<>();
    for (JsonElement r : run(sarif).getAsJsonArray("results")) {
      if (r.getAsJsonObject().get("ruleId").getAsString().equals("unguarded-field")) {
        races.add(r.getAsJsonObject());
      }
    }
    assertThat(races).hasSize(2);
    JsonObject observed = races.get(0);
    JsonObject predicted = races.get(1);

    assertThat(text(predicted.getAsJsonObject("message")))
        .startsWith(
            "unguarded field [medium, predicted race]: " + PredictedRaceReports.FIELD + ". ")
        .contains("predicted (WCP): ordered in this run only by " + PredictedRaceReports.AUDIT)
        .contains(PredictedRaceReports.REASON);
    JsonObject properties = predicted.getAsJsonObject("properties");
    assertThat(properties.get("observedRace").getAsBoolean()).isFalse();
    JsonObject prediction = properties.getAsJsonObject("prediction");
    assertThat(prediction.get("orderedBy").getAsString()).isEqualTo(PredictedRaceReports.AUDIT);
    assertThat(prediction.get("reason").getAsString()).isEqualTo(PredictedRaceReports.REASON);
    assertThat(
            text(
                predicted
                    .getAsJsonArray("codeFlows")
                    .get(0)
                    .getAsJsonObject()
                    .getAsJsonObject("message")))
        .contains("ordered them only by " + PredictedRaceReports.AUDIT);

    assertThat(text(observed.getAsJsonObject("message")))
        .startsWith("unguarded field [high, observed race]: com.example.shop.Stats.ordersPlaced")
        .doesNotContain("predicted");
    assertThat(observed.getAsJsonObject("properties").get("observedRace").getAsBoolean()).isTrue();
    assertThat(observed.getAsJsonObject("properties").has("prediction")).isFalse();
  }

  private static String text(JsonObject message) {
    return message.get("text").getAsString();
  }

  @Test
  void each_file_is_found_under_one_of_several_source_roots_and_a_missing_one_has_no_path(
      @TempDir Path repo) throws IOException {
    Path test = repo.resolve("src/test/java/com/example/shop/OrderService.java");
    Files.createDirectories(test.getParent());
    Files.writeString(test, "class OrderService {}\n");
    Files.createDirectories(repo.resolve("src/main/java"));
    StringWriter out = new StringWriter();
    new SarifRenderer(
            SourceRootPaths.under(
                List.of(repo.resolve("src/main/java"), repo.resolve("src/test/java")), repo))
        .render(SampleReports.shop(), out);

    assertThat(problems(out.toString())).isEmpty();
    List<String> uris = new ArrayList<>();
    List<String> logicalOnly = new ArrayList<>();
    for (JsonElement result : run(out.toString()).getAsJsonArray("results")) {
      for (JsonElement location : result.getAsJsonObject().getAsJsonArray("locations")) {
        JsonObject json = location.getAsJsonObject();
        if (json.has("physicalLocation")) {
          uris.add(
              json.getAsJsonObject("physicalLocation")
                  .getAsJsonObject("artifactLocation")
                  .get("uri")
                  .getAsString());
        } else {
          logicalOnly.add(
              json.getAsJsonArray("logicalLocations")
                  .get(0)
                  .getAsJsonObject()
                  .get("fullyQualifiedName")
                  .getAsString());
        }
      }
    }
    assertThat(uris).isNotEmpty().containsOnly("src/test/java/com/example/shop/OrderService.java");
    assertThat(logicalOnly).isNotEmpty().noneMatch(name -> name.contains("OrderService"));
  }

  @Test
  void a_finding_with_tests_names_them_in_its_message_and_properties() throws IOException {
    Report shop = SampleReports.shop();
    LockOrderCycle c = shop.lockOrderCycles().get(0);
    LockOrderCycle tested =
        new LockOrderCycle(
            c.fingerprint(),
            c.severity(),
            c.kind(),
            c.chain(),
            c.occurrences(),
            c.occurrencesCapped(),
            c.predicted(),
            c.detail(),
            c.scenario(),
            c.locks(),
            c.edges(),
            List.of("com.example.shop.OrderTest#place", "com.example.shop.ReportTest#daily"));
    Report report =
        new Report(
            shop.schemaVersion(),
            shop.run(),
            shop.summary(),
            List.of(tested),
            List.of(),
            List.of(),
            List.of(),
            shop.agentErrors(),
            shop.lockOrderEdges(),
            shop.lockSites(),
            shop.lockClasses());

    String sarif = render(report, null);
    assertThat(problems(sarif)).isEmpty();
    JsonObject result = run(sarif).getAsJsonArray("results").get(0).getAsJsonObject();
    assertThat(result.getAsJsonObject("message").get("text").getAsString())
        .endsWith(". Tests: com.example.shop.OrderTest#place, com.example.shop.ReportTest#daily");
    assertThat(result.getAsJsonObject("properties").getAsJsonArray("tests")).hasSize(2);
    assertThat(SummaryFormatter.format(report, "r.json"))
        .contains(
            "      tests: com.example.shop.OrderTest#place, com.example.shop.ReportTest#daily\n");
  }

  @Test
  void the_validator_does_reject_invalid_sarif() {
    assertThat(problems("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}")).isNotEmpty();
    assertThat(problems("{\"version\": \"2.0.0\", \"runs\": []}")).isNotEmpty();
  }

  @Test
  void one_result_per_finding_with_rule_message_and_location() throws IOException {
    JsonObject run = run(render(SampleReports.hung(), null));
    JsonArray results = run.getAsJsonArray("results");
    assertThat(results).hasSize(2);
    List<String> ruleIds = new ArrayList<>();
    results.forEach(r -> ruleIds.add(r.getAsJsonObject().get("ruleId").getAsString()));
    assertThat(ruleIds).containsExactly("observed-deadlock", "lock-order-cycle");
    JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
    for (JsonElement result : results) {
      JsonObject r = result.getAsJsonObject();
      assertThat(rules.get(r.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString())
          .isEqualTo(r.get("ruleId").getAsString());
      assertThat(r.get("level").getAsString()).isEqualTo("error");
      assertThat(r.getAsJsonObject("message").get("text").getAsString()).isNotBlank();
      assertThat(r.getAsJsonObject("partialFingerprints").get("lockwatch/v1").getAsString())
          .isNotBlank();
    }
    JsonObject cycle = results.get(1).getAsJsonObject();
    JsonObject physical =
        cycle
            .getAsJsonArray("locations")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("physicalLocation");
    assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString())
        .isEqualTo("com/example/shop/OrderService.java");
    assertThat(physical.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(34);
    assertThat(cycle.getAsJsonArray("relatedLocations")).hasSize(4);
  }

  @Test
  void cycles_and_races_have_one_thread_flow_per_thread_with_stacks() throws IOException {
    JsonArray results =
        run(render(SampleReports.shop(), "src/main/java/")).getAsJsonArray("results");
    JsonObject cycle = results.get(0).getAsJsonObject();
    JsonArray threadFlows =
        cycle.getAsJsonArray("codeFlows").get(0).getAsJsonObject().getAsJsonArray("threadFlows");
    assertThat(ids(threadFlows)).containsExactly("order-worker-1", "report-thread");
    JsonArray steps = threadFlows.get(0).getAsJsonObject().getAsJsonArray("locations");
    assertThat(steps).hasSize(2);
    JsonObject holds = steps.get(0).getAsJsonObject();
    assertThat(holds.get("executionOrder").getAsInt()).isEqualTo(1);
    assertThat(
            holds.getAsJsonObject("location").getAsJsonObject("message").get("text").getAsString())
        .startsWith("holds monitor of java.lang.Object (field com.example.shop.Inventory.lock)");
    assertThat(holds.getAsJsonObject("stack").getAsJsonArray("frames")).hasSize(4);
    assertThat(
            holds
                .getAsJsonObject("location")
                .getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation")
                .get("uri")
                .getAsString())
        .isEqualTo("src/main/java/com/example/shop/OrderService.java");
    assertThat(steps.get(1).getAsJsonObject().get("executionOrder").getAsInt()).isEqualTo(3);

    JsonObject race = results.get(1).getAsJsonObject();
    assertThat(race.get("ruleId").getAsString()).isEqualTo("unguarded-field");
    JsonArray raceFlows =
        race.getAsJsonArray("codeFlows").get(0).getAsJsonObject().getAsJsonArray("threadFlows");
    assertThat(ids(raceFlows)).containsExactly("order-worker-1", "report-thread");

    JsonObject hazard = results.get(2).getAsJsonObject();
    assertThat(hazard.get("ruleId").getAsString()).isEqualTo("wait-hazard");
    assertThat(hazard.get("level").getAsString()).isEqualTo("warning");
  }

  @Test
  void a_confirmed_cycle_is_an_error_and_one_a_confirm_run_left_predicted_a_warning()
      throws IOException {
    assertThat(problems(render(SampleReports.confirmed(), null))).isEmpty();
    JsonArray confirmed = run(render(SampleReports.confirmed(), null)).getAsJsonArray("results");
    JsonObject cycle = confirmed.get(1).getAsJsonObject();
    assertThat(cycle.get("ruleId").getAsString()).isEqualTo("lock-order-cycle");
    assertThat(cycle.get("level").getAsString()).isEqualTo("error");
    assertThat(cycle.getAsJsonObject("properties").get("confirmation").getAsString())
        .isEqualTo("confirmed");

    JsonObject predicted =
        run(render(SampleReports.notReproduced(), null))
            .getAsJsonArray("results")
            .get(0)
            .getAsJsonObject();
    assertThat(predicted.get("level").getAsString()).isEqualTo("warning");
    assertThat(predicted.getAsJsonObject("properties").get("confirmation").getAsString())
        .isEqualTo("not-reproduced");
  }

  @Test
  void agent_errors_are_tool_notifications() throws IOException {
    JsonObject run = run(render(SampleReports.shop(), null));
    JsonArray notifications =
        run.getAsJsonArray("invocations")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("toolExecutionNotifications");
    assertThat(notifications).hasSize(1);
    assertThat(
            notifications
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("message")
                .get("text")
                .getAsString())
        .contains("com.example.shop.legacy.OldCache", "(3 times)");
  }

  private static JsonObject run(String sarif) {
    JsonObject log = JsonParser.parseString(sarif).getAsJsonObject();
    assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
    return log.getAsJsonArray("runs").get(0).getAsJsonObject();
  }

  private static List<String> ids(JsonArray threadFlows) {
    List<String> ids = new ArrayList<>();
    threadFlows.forEach(f -> ids.add(f.getAsJsonObject().get("id").getAsString()));
    return ids;
  }
}
