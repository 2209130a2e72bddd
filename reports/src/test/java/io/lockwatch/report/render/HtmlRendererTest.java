package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlRenderer().render(report, "target/lockwatch.json", out);
    return out.toString();
  }

  @Test
  void page_is_self_contained() throws IOException {
    String html = render(SampleReports.shop());
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
    assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "@import");
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (urls.find()) {
      assertThat(urls.group(1)).as("local references only").startsWith("#");
    }
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void page_has_the_summary_the_graph_and_both_threads_stacks() throws IOException {
    String html = render(SampleReports.shop());
    assertThat(html).contains("<section id=\"summary\">", "<svg", "</svg>");
    assertThat(html)
        .contains("<g class=\"node cycle\"><title>field com.example.shop.Inventory.lock</title>");
    assertThat(html).contains("<g class=\"arc cycle\">", "marker-end=\"url(#arrow-cycle)\"");
    assertThat(html).contains("Thread order-worker-1", "Thread report-thread");
    assertThat(html)
        .contains("at com.example.shop.OrderService.placeOrder(OrderService.java:31)")
        .contains("at com.example.shop.Scheduler$1.run(Scheduler.java:19)");
    assertThat(html)
        .contains("com.example.shop.Stats.ordersPlaced", "Object.wait at Inventory.java:61");
    assertThat(html).contains("class file version 45 is too old to instrument");
  }

  @Test
  void observed_deadlocks_show_every_thread() throws IOException {
    String html = render(SampleReports.hung());
    assertThat(html).contains("Observed deadlocks (1)", "Deadlock of 2 threads", "seen by jvm");
  }

  @Test
  void text_from_the_report_is_escaped() throws IOException {
    Report report = SampleReports.shop();
    Report evil =
        new Report(
            1,
            new RunInfo(
                "0.1", "17", null, "<script>alert(1)</script>", 1, "a", "b", "exit", Map.of()),
            report.summary(),
            report.lockOrderCycles(),
            report.observedDeadlocks(),
            report.unguardedFields(),
            report.waitHazards(),
            report.agentErrors(),
            report.lockOrderEdges());
    assertThat(render(evil)).doesNotContain("<script>").contains("&lt;script&gt;");
  }
}
