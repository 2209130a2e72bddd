package io.lockwatch.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;

class ReportNamesTest {
  @Test
  void a_pattern_with_the_process_id_names_one_file_per_jvm_and_nothing_else() {
    File dest = new File("/t/lockwatch/lockwatch-%p.json");

    assertThat(ReportNames.matches(dest, new File("/t/lockwatch/lockwatch-4242.json"))).isTrue();
    assertThat(ReportNames.matches(dest, new File("/t/lockwatch/lockwatch-.json"))).isFalse();
    assertThat(ReportNames.matches(dest, new File("/t/lockwatch/lockwatch-baseline.json")))
        .isFalse();
    assertThat(ReportNames.matches(dest, new File("/t/lockwatch/lockwatch-42.json.tmp"))).isFalse();
  }

  @Test
  void a_fixed_name_names_that_file_only() {
    File dest = new File("/t/unit-tests.json");

    assertThat(ReportNames.matches(dest, new File("/t/unit-tests.json"))).isTrue();
    assertThat(ReportNames.matches(dest, new File("/t/unit-testsXjson"))).isFalse();
  }
}
