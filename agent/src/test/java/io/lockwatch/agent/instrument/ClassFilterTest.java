package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassFilterTest {
  private final ClassLoader app = ClassFilterTest.class.getClassLoader();

  @Test
  void never_instruments_the_jdk_or_the_agent() {
    ClassFilter filter = new ClassFilter(List.of(), List.of());
    assertThat(filter.instruments("java.util.HashMap", app)).isFalse();
    assertThat(filter.instruments("com.example.Foo", null)).isFalse();
    assertThat(filter.instruments("com.example.Foo", ClassLoader.getPlatformClassLoader()))
        .isFalse();
    assertThat(filter.instruments("io.lockwatch.agent.AgentOptions", app)).isFalse();
    assertThat(filter.instruments("io.lockwatch.shaded.gson.Gson", app)).isFalse();
    assertThat(filter.instruments("com.example.Foo$$Lambda$14", app)).isFalse();
    assertThat(filter.instruments("org.jacoco.agent.rt.internal_3570298.CoverageTransformer", app))
        .isFalse();
    assertThat(filter.instruments("com.example.Foo", app)).isTrue();
    assertThat(filter.instruments("io.lockwatch.samples.Bank", app)).isTrue();
  }

  @Test
  void include_narrows_and_exclude_removes() {
    ClassFilter filter = new ClassFilter(List.of("com.example"), List.of("com.example.generated"));
    assertThat(filter.instruments("com.example.Bank", app)).isTrue();
    assertThat(filter.instruments("com.example.generated.Stub", app)).isFalse();
    assertThat(filter.instruments("org.other.Thing", app)).isFalse();
  }
}
