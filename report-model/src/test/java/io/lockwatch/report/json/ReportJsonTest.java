package io.lockwatch.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.report.Fixtures;
import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.schema.ReportSchema;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
  @TempDir Path dir;

  @Test
  void fixtures_read_back_as_the_reports_they_were_written_from() throws Exception {
    assertThat(ReportJson.read(Fixtures.path("shop.json"))).isEqualTo(SampleReports.shop());
    assertThat(ReportJson.read(Fixtures.path("hung.json"))).isEqualTo(SampleReports.hung());
    assertThat(ReportJson.read(Fixtures.path("clean.json"))).isEqualTo(SampleReports.clean());
    assertThat(ReportJson.read(Fixtures.path("jvm-order.json")))
        .isEqualTo(SampleReports.orderHalf());
  }

  @Test
  void writeAtomically_then_read_round_trips_and_leaves_no_temporary_file() throws Exception {
    Path file = dir.resolve("sub/lockwatch-1.json");
    ReportJson.writeAtomically(SampleReports.shop(), file);
    assertThat(ReportJson.read(file)).isEqualTo(SampleReports.shop());
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void a_site_without_file_is_accepted() throws Exception {
    String json =
        ReportJson.toJson(SampleReports.shop())
            .replaceFirst("\"file\": \"OrderService.java\",", "");
    Report report = ReportJson.read(new StringReader(json));
    // The first such site in the document is the second lock's firstSeen.
    assertThat(report.lockOrderCycles().get(0).locks().get(1).firstSeen().file()).isNull();
    assertThat(report.lockOrderCycles().get(0).locks().get(1).firstSeen().fileAndLine())
        .isEqualTo("OrderService.java:34");
  }

  @Test
  void tests_of_a_finding_are_optional_and_round_trip() throws Exception {
    Report shop = SampleReports.shop();
    assertThat(ReportJson.toJson(shop)).doesNotContain("\"tests\"");
    assertThat(shop.unguardedFields().get(0).tests()).isNull();
    UnguardedField field = shop.unguardedFields().get(0);
    UnguardedField attributed =
        new UnguardedField(
            field.fingerprint(),
            field.severity(),
            field.field(),
            field.observedRace(),
            field.accesses(),
            List.of("com.example.shop.StatsTest#counts"));
    Report withTests =
        Report.withCodeEdges(
            shop.schemaVersion(),
            shop.run(),
            shop.summary(),
            shop.lockOrderCycles(),
            shop.observedDeadlocks(),
            List.of(attributed),
            shop.waitHazards(),
            shop.agentErrors(),
            shop.codeEdges(),
            List.of());
    String json = ReportJson.toJson(withTests);
    assertThat(ReportSchema.problems(json)).isEmpty();
    assertThat(ReportJson.read(new StringReader(json)).unguardedFields().get(0).tests())
        .containsExactly("com.example.shop.StatsTest#counts");
  }

  @Test
  void an_edge_field_at_its_usual_value_is_left_out_and_read_back() throws Exception {
    Report shop = SampleReports.shop();
    String json = ReportJson.toJson(shop);
    String edges =
        json.substring(json.indexOf("\"lockOrderEdges\""), json.indexOf("\"lockSites\""));
    assertThat(shop.lockOrderEdges()).isNotEmpty();
    assertThat(shop.lockOrderEdges()).allMatch(edge -> edge.heldMode().equals("exclusive"));
    assertThat(edges)
        .doesNotContain("heldMode", "acquiredMode", "waitKind", "permitsHeld")
        .contains("\"count\"");
    assertThat(ReportJson.read(new StringReader(json))).isEqualTo(shop);
    assertThat(ReportSchema.problems(json)).isEmpty();
  }

  @Test
  void a_version_2_report_spelling_out_every_edge_field_is_read() throws Exception {
    Report shop = SampleReports.shop();
    String json = ReportJson.toJson(shop).replace("\"schemaVersion\": 4", "\"schemaVersion\": 2");
    String spelledOut =
        json.replace(
            "{\"from\":",
            "{\"heldMode\":\"exclusive\",\"acquiredMode\":\"exclusive\","
                + "\"waitKind\":\"blocking\",\"permitsHeld\":1,\"from\":");
    assertThat(spelledOut).isNotEqualTo(json);
    Report read = ReportJson.read(new StringReader(spelledOut));
    assertThat(read.schemaVersion()).isEqualTo(2);
    assertThat(read.lockOrderEdges()).isEqualTo(shop.lockOrderEdges());
    assertThat(ReportSchema.problems(spelledOut)).isEmpty();
  }

  @Test
  void empty_file() throws Exception {
    assertThat(problem("")).isEqualTo("empty file, not a Lockwatch report");
    assertThat(problem("  \n ")).isEqualTo("empty file, not a Lockwatch report");
  }

  @Test
  void truncated_json() throws Exception {
    String json = ReportJson.toJson(SampleReports.shop());
    // cut at the end of a line, as a writer that died mid-file leaves it
    assertThat(problem(json.substring(0, json.lastIndexOf('\n', json.length() / 2))))
        .startsWith("not valid JSON: the file ends too early (truncated?) at line");
  }

  @Test
  void not_json() throws Exception {
    assertThat(problem("Exception in thread \"main\" java.lang.OutOfMemoryError"))
        .startsWith("not valid JSON at line 1");
    assertThat(problem("{'schemaVersion': 1}")).startsWith("not valid JSON at line 1");
    assertThat(problem("[1, 2]")).isEqualTo("not a Lockwatch report: expected a JSON object");
    assertThat(problem("{\"schemaVersion\": 1} trailing")).startsWith("not valid JSON");
  }

  @Test
  void wrong_schema_version() throws Exception {
    String json =
        ReportJson.toJson(SampleReports.clean())
            .replace("\"schemaVersion\": 4", "\"schemaVersion\": 5");
    assertThat(problem(json))
        .isEqualTo("unsupported schemaVersion 5 (this tool reads versions 2, 3 and 4)");
    String old = json.replace("\"schemaVersion\": 5", "\"schemaVersion\": 1");
    assertThat(problem(old))
        .isEqualTo(
            "schemaVersion 1 was written by Lockwatch 0.1, whose fingerprints were line numbers;"
                + " this tool reads versions 2, 3 and 4: run the program under the current agent again");
    assertThat(problem("{\"run\": {}}"))
        .isEqualTo("not a Lockwatch report: missing \"schemaVersion\"");
  }

  @Test
  void missing_section_or_field_is_named_with_its_path() throws Exception {
    String json = ReportJson.toJson(SampleReports.clean());
    assertThat(problem(json.replace("\"waitHazards\": [],", "")))
        .isEqualTo("missing \"waitHazards\" at $");
    assertThat(problem(json.replace("\"pid\": 4444,", ""))).isEqualTo("missing \"pid\" at $.run");
    String shop = ReportJson.toJson(SampleReports.shop());
    assertThat(problem(shop.replaceFirst("\"acquiredMode\": \"exclusive\",", "")))
        .isEqualTo("missing \"acquiredMode\" at $.lockOrderCycles[0].edges[0]");
  }

  @Test
  void wrong_types_are_named_with_their_path() throws Exception {
    String json = ReportJson.toJson(SampleReports.clean());
    assertThat(problem(json.replace("\"pid\": 4444", "\"pid\": \"4444\"")))
        .isEqualTo("expected an integer at $.run.pid");
    assertThat(problem(json.replace("\"lockOrderCycles\": []", "\"lockOrderCycles\": {}")))
        .isEqualTo("expected an array at $.lockOrderCycles");
    assertThat(problem(json.replace("\"threads\":[\"order-worker-1\"", "\"threads\":[7")))
        .isEqualTo("expected a string at $.lockOrderEdges[0].threads[0]");
  }

  @Test
  void a_directory_is_not_a_report() {
    assertThatThrownBy(() -> ReportJson.read(dir))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage(dir + ": is a directory, not a file");
  }

  @Test
  void a_missing_file_is_named() {
    Path missing = dir.resolve("lockwatch-123.json");
    assertThatThrownBy(() -> ReportJson.read(missing))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void file_messages_start_with_the_file_and_have_one_line() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"schemaVersion\": 1,");
    assertThatThrownBy(() -> ReportJson.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageStartingWith(file + ": not valid JSON")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void bytes_that_are_not_utf8() throws Exception {
    Path file = dir.resolve("binary.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
    assertThatThrownBy(() -> ReportJson.read(file))
        .hasMessage(file + ": not valid JSON: not UTF-8 text");
  }

  private static String problem(String json) {
    try {
      ReportJson.read(new StringReader(json));
    } catch (ReportFormatException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + json);
  }
}
