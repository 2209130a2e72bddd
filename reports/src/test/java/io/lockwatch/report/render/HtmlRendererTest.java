package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.render.html.Provenance;
import io.lockwatch.report.render.html.SourceFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {
  @TempDir Path dir;

  private static String render(Report report) throws IOException {
    return render(new HtmlRenderer(), report);
  }

  private static String render(HtmlRenderer renderer, Report report) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(report, "target/lockwatch.json", out);
    return out.toString();
  }

  private static int count(String html, String needle) {
    return html.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void page_is_self_contained() throws IOException {
    String html = render(SyntheticReports.large(3, 6));
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
    assertThat(html).doesNotContain("<link", "<img", "src=", "@import", "fetch(", "XMLHttpRequest");
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (urls.find()) {
      assertThat(urls.group(1)).as("local references only").startsWith("#");
    }
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void findings_come_first_in_a_table_whose_rows_link_to_their_details() throws IOException {
    Report report = SyntheticReports.large(3, 6);
    String html = render(report);
    assertThat(html.indexOf("<section id=\"findings\">"))
        .isLessThan(html.indexOf("<section id=\"packages\">"))
        .isLessThan(html.indexOf("<section id=\"graph\">"))
        .isLessThan(html.indexOf("<section id=\"details\">"));
    int findings =
        report.lockOrderCycles().size()
            + report.unguardedFields().size()
            + report.waitHazards().size()
            + report.observedDeadlocks().size();
    String table = html.substring(html.indexOf("<table class=\"grid findings\""));
    table = table.substring(0, table.indexOf("</table>"));
    assertThat(count(table, "<tr data-kind=")).isEqualTo(findings);
    assertThat(count(html, "<article class=\"finding")).isEqualTo(findings);
    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) {
      assertThat(ids.add(id.group(1))).as("unique id %s", id.group(1)).isTrue();
    }
    Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      assertThat(ids).as("link target").contains(href.group(1));
      links++;
    }
    assertThat(links).isGreaterThan(findings * 2);
  }

  @Test
  void what_a_confirm_run_proved_carries_a_confirmed_badge_and_its_verdict() throws IOException {
    String steered = render(SampleReports.confirmed());
    assertThat(count(steered, "<span class=\"badge confirmed\"")).isGreaterThanOrEqualTo(2);
    assertThat(steered)
        .contains("Confirm run: <strong>confirmed</strong>")
        .contains("it confirms the predicted lock-order cycle");
    String predicted = render(SampleReports.notReproduced());
    assertThat(predicted)
        .doesNotContain("<span class=\"badge confirmed\"")
        .contains("Confirm run: <strong>not-reproduced</strong>");
  }

  @Test
  void the_drill_down_goes_from_package_to_class_to_finding() throws IOException {
    String html = render(SyntheticReports.large(2, 4));
    String tree = html.substring(html.indexOf("<section id=\"packages\">"));
    tree = tree.substring(0, tree.indexOf("</section>"));
    assertThat(count(tree, "<details class=\"pkg\">")).isEqualTo(2);
    assertThat(tree)
        .contains("<span class=\"name\">com.acme.module0.internal</span>")
        .contains("<span class=\"name\">Service1</span>")
        .contains("href=\"#f-cycle-1\"");
  }

  @Test
  void tests_that_exposed_findings_have_their_own_view() throws IOException {
    String html = render(SyntheticReports.large(2, 4));
    String tests = html.substring(html.indexOf("<section id=\"tests\">"));
    tests = tests.substring(0, tests.indexOf("</section>"));
    assertThat(tests).contains("com.acme.module0.ServiceTest#scenario0", "href=\"#f-");
    assertThat(render(SampleReports.shop())).contains("does not say which tests exposed");
  }

  @Test
  void stacks_fold_test_framework_and_jdk_frames_and_say_where_they_were_cut() throws IOException {
    String html = render(SyntheticReports.large(1, 2));
    // 24 frames: 3 of the application, then reflection (JDK) and 19 of JUnit.
    assertThat(html).contains("<summary>19 test framework frames</summary>");
    assertThat(html)
        .contains("<li class=\"app\">at&nbsp;com.acme.module0.internal.Service1.update(");
    assertThat(html).contains("Cut at 24 frames: the agent's stackDepth option.");
  }

  @Test
  void each_finding_explains_what_happens_and_how_to_fix_it() throws IOException {
    String html = render(SampleReports.shop());
    assertThat(count(html, "<h4>What happens</h4>")).isEqualTo(count(html, "<article "));
    assertThat(count(html, "<h4>How to fix</h4>")).isEqualTo(count(html, "<article "));
    assertThat(html)
        .contains("Thread order-worker-1", "Thread report-thread")
        .contains("at&nbsp;com.example.shop.OrderService.placeOrder(OrderService.java:31)")
        .contains("Guard every access to <code>com.example.shop.Stats.ordersPlaced</code>")
        .contains("Object.wait at Inventory.java:61")
        .contains("class file version 45 is too old to instrument");
  }

  @Test
  void source_lines_of_a_site_are_shown_with_the_lock_emphasised() throws IOException {
    Path root = dir.resolve("src/main/java");
    Path file = root.resolve("com/example/shop/OrderService.java");
    Files.createDirectories(file.getParent());
    StringBuilder source = new StringBuilder();
    for (int line = 1; line <= 40; line++) {
      source.append(line == 31 ? "    synchronized (inventory.lock) {" : "    // line " + line);
      source.append('\n');
    }
    Files.writeString(file, source);
    HtmlRenderer renderer =
        new HtmlRenderer(HtmlRenderer.sourceFiles(List.of(), dir), Provenance.none());
    String html = render(renderer, SampleReports.shop());
    assertThat(html)
        .contains("<figcaption>com/example/shop/OrderService.java:31</figcaption>")
        .contains("<mark><i>31</i>    synchronized (inventory.<b>lock</b>) {</mark>")
        .contains("<span><i>28</i>    // line 28</span>");
    assertThat(render(SampleReports.shop())).doesNotContain("<figure class=\"src\">");
  }

  @Test
  void a_merged_report_says_which_input_each_finding_came_from() throws IOException {
    Map<String, Report> inputs = new LinkedHashMap<>();
    inputs.put("lockwatch-1.json", SampleReports.hung());
    inputs.put("lockwatch-2.json", SampleReports.shop());
    HtmlRenderer renderer = new HtmlRenderer(SourceFiles.under(List.of()), Provenance.of(inputs));
    String html = render(renderer, SampleReports.shop());
    assertThat(html).contains("seen in: lockwatch-2.json").doesNotContain("seen in: this report");
  }

  @Test
  void the_graph_is_laid_out_in_layers_grouped_by_package_with_the_cycle_in_red()
      throws IOException {
    String html = render(SampleReports.shop());
    assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lock-graph\"");
    assertThat(html).contains("<g class=\"group\" data-id=\"com.example.shop\">");
    assertThat(html)
        .as("each package's box has a control that collapses it")
        .contains(
            "<g class=\"toggle\" role=\"button\" tabindex=\"0\" aria-expanded=\"true\""
                + " aria-label=\"collapse package com.example.shop\">");
    assertThat(html)
        .contains(
            "<g class=\"node cycle\" data-id=\"n0\" tabindex=\"0\"><title>"
                + SampleReports.INVENTORY
                + "</title>");
    assertThat(html)
        .contains("<g class=\"arc cycle\"", "marker-end=\"url(#graph-classes-arrow-cycle)\"");
    assertThat(html)
        .contains("id=\"graph-packages\"", "<script type=\"application/json\" id=\"graph-data\">");
    assertThat(html).as("the cycle's own subgraph").contains("id=\"f-cycle-1-graph\"");
    assertThat(html).as("arc details for readers without script").contains("Every arc as a table");
  }

  @Test
  void observed_deadlocks_show_every_thread() throws IOException {
    String html = render(SampleReports.hung());
    assertThat(html).contains("Deadlock of 2 threads", "seen by jvm", "<h4>Thread ");
  }

  @Test
  void a_large_report_renders_quickly_into_a_page_of_reasonable_size() throws IOException {
    Report report = SyntheticReports.large(20, 15);
    long start = System.nanoTime();
    String html = render(report);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(report.codeEdges().stream().map(e -> e.fromLock()).distinct().count())
        .isEqualTo(300);
    assertThat(millis).as("render time in ms").isLessThan(30_000);
    assertThat(html.length()).as("page size").isLessThan(12_000_000);
    assertThat(count(html, "<g class=\"node")).isGreaterThanOrEqualTo(300);
  }

  @Test
  void text_from_the_report_is_escaped() throws IOException {
    Report report = SampleReports.shop();
    Report evil =
        Report.withCodeEdges(
            1,
            new RunInfo(
                "0.1", "17", null, "<script>alert(1)</script>", 1, "a", "b", "exit", Map.of()),
            report.summary(),
            report.lockOrderCycles(),
            report.observedDeadlocks(),
            report.unguardedFields(),
            report.waitHazards(),
            report.agentErrors(),
            report.codeEdges(),
            List.of());
    assertThat(render(evil)).doesNotContain("<script>alert").contains("&lt;script&gt;");
  }

  @Test
  void a_predicted_cycle_and_an_incomplete_analysis_say_so() throws IOException {
    Report shop = SampleReports.shop();
    LockOrderCycle c = shop.lockOrderCycles().get(0);
    LockOrderCycle predicted =
        new LockOrderCycle(
            c.fingerprint(),
            "medium",
            c.kind(),
            c.chain(),
            1,
            false,
            true,
            "predicted: other objects of the same lock classes would deadlock",
            c.scenario(),
            c.locks(),
            c.edges(),
            c.tests());
    Summary s = shop.summary();
    Summary incomplete =
        new Summary(
            s.classesInstrumented(),
            s.locksSeen(),
            s.acquisitions(),
            s.edges(),
            s.reentrantAcquisitions(),
            s.cyclesFound(),
            s.cyclesReported(),
            s.cyclesFiltered(),
            List.of(new Incomplete("maxSearchSteps", "the cycle search stopped after 1000 steps")),
            s.observedDeadlocks(),
            s.unguardedFields(),
            s.waitHazards(),
            s.agentErrors(),
            s.fieldsTracked(),
            s.fieldAccesses());
    Report report =
        Report.withCodeEdges(
            shop.schemaVersion(),
            shop.run(),
            incomplete,
            List.of(predicted),
            shop.observedDeadlocks(),
            shop.unguardedFields(),
            shop.waitHazards(),
            shop.agentErrors(),
            shop.codeEdges(),
            shop.lockClasses());

    String html = render(report);

    assertThat(html)
        .contains(c.kind() + ", predicted")
        .contains("other objects of the same lock classes would deadlock")
        .contains("Incomplete analysis:</strong> the cycle search stopped after 1000 steps")
        .contains("<code>maxSearchSteps</code>");
    assertThat(render(shop)).doesNotContain("Incomplete analysis").doesNotContain(", predicted");
  }

  @Test
  void a_predicted_race_says_it_is_predicted_by_which_lock_and_why_and_an_observed_one_does_not()
      throws IOException {
    String html = render(PredictedRaceReports.observedAndPredicted());

    String observed = article(html, "f-race-1");
    String predicted = article(html, "f-race-2");
    assertThat(predicted)
        .contains(Html.escape(PredictedRaceReports.FIELD))
        .contains("data race, predicted")
        .contains("Predicted race: this run ordered these accesses only by")
        .contains("<h4>Why it is predicted</h4>")
        .contains("<dd>" + Html.escape(PredictedRaceReports.AUDIT) + "</dd>")
        .contains("<dd>" + Html.escape(PredictedRaceReports.REASON) + "</dd>")
        .doesNotContain("lockset");
    assertThat(observed)
        .contains("com.example.shop.Stats.ordersPlaced")
        .contains("data race, observed")
        .doesNotContain("Why it is predicted")
        .doesNotContain("Predicted");
  }

  /** The {@code <article>} whose id is {@code id}. */
  private static String article(String html, String id) {
    int start = html.indexOf("<article class=\"finding");
    while (start >= 0 && !html.startsWith("id=\"" + id + "\"", html.indexOf("id=", start))) {
      start = html.indexOf("<article class=\"finding", start + 1);
    }
    assertThat(start).as("article %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</article>", start));
  }
}
