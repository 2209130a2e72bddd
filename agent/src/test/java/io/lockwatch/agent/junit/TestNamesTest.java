package io.lockwatch.agent.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

class TestNamesTest {
  private static final MethodSource BAR = MethodSource.from("com.example.FooTest", "bar");

  @Test
  void a_test_method_is_its_class_and_method() {
    assertThat(name("method", "bar()", BAR)).isEqualTo("com.example.FooTest#bar");
  }

  @Test
  void a_parameterised_invocation_adds_its_display_name() {
    assertThat(name("test-template-invocation", "[2] savings", BAR))
        .isEqualTo("com.example.FooTest#bar [2] savings");
  }

  @Test
  void a_junit_4_test_through_vintage_is_its_class_and_method_or_its_parameterised_name() {
    assertThat(name("test", "bar", BAR)).isEqualTo("com.example.FooTest#bar");
    assertThat(name("test", "bar[0]", BAR)).isEqualTo("com.example.FooTest#bar[0]");
  }

  @Test
  void a_test_without_a_method_is_its_display_name() {
    assertThat(name("dynamic-test", "transfers both ways", null)).isEqualTo("transfers both ways");
  }

  private static String name(String segmentType, String displayName, TestSource source) {
    UniqueId id = UniqueId.forEngine("junit-jupiter").append(segmentType, displayName);
    TestIdentifier test =
        TestIdentifier.from(
            new AbstractTestDescriptor(id, displayName, source) {
              @Override
              public Type getType() {
                return Type.TEST;
              }
            });
    return TestNames.of(test, null);
  }
}
