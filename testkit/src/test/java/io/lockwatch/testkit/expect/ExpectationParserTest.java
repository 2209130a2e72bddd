package io.lockwatch.testkit.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.testkit.fixtures.TwoOrders;
import io.lockwatch.testkit.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationParserTest {

  private static List<Expectation> parse(String text) {
    return ExpectationParser.parse(SourceFile.ofText("p.Target", text));
  }

  @Test
  void reads_every_statement_of_a_file_with_its_line_and_arguments() {
    List<Expectation> all = ExpectationParser.parse(SourceFile.of(TwoOrders.class));

    assertThat(all)
        .extracting(e -> e.statement().word())
        .containsExactly(
            "cycle",
            "summary",
            "option",
            "none",
            "summary",
            "cycle-held",
            "cycle-acquired",
            "cycle-held",
            "cycle-acquired");
    Expectation held = all.get(5);
    assertThat(held.args()).containsEntry("thread", "t1").containsEntry("lock", "A");
    assertThat(held.line().fileName()).isEqualTo("TwoOrders.java");
    assertThat(SourceFile.of(TwoOrders.class).lines().get(held.line().line() - 1))
        .contains("synchronized (A)");
  }

  @Test
  void a_statement_goes_on_in_the_next_lines_comment_until_its_parenthesis_closes() {
    List<Expectation> all = parse("x(); // @expect:cycle-acquired(thread=t1,\n//   mode=read)\n");

    assertThat(all)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.args()).containsEntry("mode", "read");
              assertThat(e.line().line()).isEqualTo(1);
            });
  }

  @Test
  void statements_that_start_on_a_continuation_line_belong_to_the_line_above() {
    List<Expectation> all =
        parse("\nx(); // @expect:cycle-acquired(thread=t1,\n//   mode=read) @expect:hazard-wait\n");

    assertThat(all).extracting(e -> e.line().line()).containsExactly(2, 2);
  }

  @Test
  void several_statements_share_a_line_and_quoted_values_keep_commas_and_parentheses() {
    List<Expectation> all =
        parse("// @expect:none @expect:stdout(contains=\"1 order(s), 2 unit(s)\")\n");

    assertThat(all).extracting(e -> e.statement().word()).containsExactly("none", "stdout");
    assertThat(all.get(1).arg("contains")).isEqualTo("1 order(s), 2 unit(s)");
  }

  @Test
  void bounds_keep_their_operator_and_run_names_the_run() {
    Expectation bounds = parse("// @expect:summary(acquisitions>=4,edges=0,run=off)\n").get(0);

    assertThat(bounds.args())
        .containsEntry("acquisitions>=", "4")
        .containsEntry("edges=", "0")
        .containsEntry("run", "off");
    assertThat(bounds.run()).isEqualTo("off");
  }

  @Test
  void a_list_value_names_each_of_its_parts() {
    Expectation access = parse("// @expect:race-access(thread=a+b)\n").get(0);

    assertThat(access.values("thread")).containsExactly("a", "b");
  }

  @Test
  void statements_outside_comments_are_not_read() {
    assertThat(parse("String s = \"@expect:none\";\n")).isEmpty();
  }

  @Test
  void an_unknown_word_is_an_error_naming_the_line() {
    assertThatThrownBy(() -> parse("\n// @expect:cycles(kind=deadlock,severity=high)\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":2:")
        .hasMessageContaining("cycles");
  }

  @Test
  void an_unknown_key_a_missing_key_and_a_bound_outside_summary_are_errors() {
    assertThatThrownBy(() -> parse("// @expect:cycle(kind=deadlock,severity=high,colour=red)"))
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> parse("// @expect:cycle(kind=deadlock)"))
        .hasMessageContaining("severity");
    assertThatThrownBy(() -> parse("// @expect:exit(code>=1)")).hasMessageContaining("code>=");
    assertThatThrownBy(() -> parse("// @expect:exit(code=1")).hasMessageContaining("parenthesis");
  }
}
