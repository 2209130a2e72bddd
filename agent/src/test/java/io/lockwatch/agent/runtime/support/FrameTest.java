package io.lockwatch.agent.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameTest {
  @Test
  void a_native_frame_has_an_unknown_line_as_the_report_schema_allows() {
    assertThat(
            new Frame("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, -2).line())
        .isEqualTo(-1);
    assertThat(new Frame("com.example.Shop", "sell", "Shop.java", 12).line()).isEqualTo(12);
  }
}
