package io.lockwatch.testkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.report.model.Site;
import io.lockwatch.testkit.fixtures.TwoOrders;
import org.junit.jupiter.api.Test;

class SourceMarkersTest {

  @Test
  void finds_the_line_of_a_marker_followed_by_an_expectation() {
    SourceLine line = SourceMarkers.marker(TwoOrders.class, "a-outer");

    assertThat(SourceFile.of(TwoOrders.class).lines().get(line.line() - 1))
        .contains("synchronized (A)")
        .contains("// @site:a-outer");
    assertThat(line.fileName()).isEqualTo("TwoOrders.java");
  }

  @Test
  void a_missing_marker_fails_the_test() {
    assertThatThrownBy(() -> SourceMarkers.marker(TwoOrders.class, "no-such-marker"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-such-marker");
  }

  @Test
  void a_marker_name_must_match_exactly() {
    assertThatThrownBy(() -> SourceMarkers.marker(TwoOrders.class, "a"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void a_nested_class_resolves_to_its_top_level_file() {
    SourceFile source = SourceFile.of(TwoOrders.class.getName() + "$Nested");

    assertThat(source.fileName()).isEqualTo("TwoOrders.java");
    assertThat(source.packageName()).isEqualTo("io.lockwatch.testkit.fixtures");
  }

  @Test
  void a_line_is_the_site_of_its_class_and_of_classes_nested_in_it() {
    SourceLine line = SourceMarkers.marker(TwoOrders.class, "b-inner");
    String top = TwoOrders.class.getName();

    assertThat(line.isAt(new Site(top, "bThenA", "TwoOrders.java", line.line()))).isTrue();
    assertThat(line.isAt(new Site(top + "$1", "run", "TwoOrders.java", line.line()))).isTrue();
    assertThat(line.isAt(new Site(top + "X", "run", "TwoOrders.java", line.line()))).isFalse();
    assertThat(line.isAt(new Site(top, "bThenA", "TwoOrders.java", line.line() + 1))).isFalse();
  }
}
