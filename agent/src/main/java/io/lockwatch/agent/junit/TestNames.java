package io.lockwatch.agent.junit;

import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A test's name in findings: {@code com.example.FooTest#bar} for a test method (Jupiter or JUnit 4
 * through Vintage), followed by the display name for a parameterised invocation or a dynamic test
 * ({@code com.example.FooTest#bar [2] savings}), the display name alone when no method is known.
 */
final class TestNames {
  /** Jupiter's segment type of a plain test method. */
  private static final String METHOD_SEGMENT = "method";

  private TestNames() {}

  static String of(TestIdentifier test, TestPlan plan) {
    MethodSource method = methodOf(test, plan);
    String display = test.getDisplayName();
    if (method == null) {
      return display;
    }
    String base = method.getClassName() + "#" + method.getMethodName();
    if (lastSegmentType(test).equals(METHOD_SEGMENT)
        || display.equals(method.getMethodName())
        || display.equals(method.getMethodName() + "()")) {
      return base;
    }
    if (display.startsWith(method.getMethodName())) {
      return method.getClassName() + "#" + display; // JUnit 4's bar[0]
    }
    return base + " " + display;
  }

  /** The test's method, or that of its nearest ancestor (a dynamic test's factory). */
  private static MethodSource methodOf(TestIdentifier test, TestPlan plan) {
    TestIdentifier at = test;
    while (at != null) {
      Optional<TestSource> source = at.getSource();
      if (source.isPresent() && source.get() instanceof MethodSource method) {
        return method;
      }
      at = plan == null ? null : plan.getParent(at).orElse(null);
    }
    return null;
  }

  private static String lastSegmentType(TestIdentifier test) {
    return test.getUniqueIdObject().getLastSegment().getType();
  }
}
