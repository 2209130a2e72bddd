package io.lockwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.samples.it.SourceMarkers;
import io.lockwatch.samples.lockorder.BankTransferUnordered;
import io.lockwatch.samples.lockorder.UnorderedLocking;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SourceMarkersTest {

  @Test
  void finds_the_line_of_a_marker() throws IOException {
    int line = SourceMarkers.line(UnorderedLocking.class, "w1-outer");
    String text = Files.readAllLines(SourceMarkers.sourceOf(UnorderedLocking.class)).get(line - 1);
    assertThat(text).contains("synchronized (LOCK_A)").endsWith("// @site:w1-outer");
  }

  @Test
  void a_nested_class_resolves_to_its_top_level_file() throws ClassNotFoundException {
    Class<?> account = Class.forName(BankTransferUnordered.class.getName() + "$Account");
    assertThat(SourceMarkers.fileName(account)).isEqualTo("BankTransferUnordered.java");
  }

  @Test
  void a_missing_marker_fails_the_test() {
    assertThatThrownBy(() -> SourceMarkers.line(UnorderedLocking.class, "no-such-marker"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-such-marker");
  }

  @Test
  void a_marker_name_must_match_exactly() {
    assertThatThrownBy(() -> SourceMarkers.line(UnorderedLocking.class, "w1"))
        .isInstanceOf(AssertionError.class);
  }
}
