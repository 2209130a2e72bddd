package io.lockwatch.report.render.html;

import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the application's frames of a stack from those of the JDK and of test frameworks and build
 * tools, and cuts a stack into runs of one or the other, so the page can fold the runs that people
 * rarely need.
 */
public final class StackFrames {
  /** Where a frame's code comes from. */
  public enum Origin {
    APPLICATION("application"),
    JDK("JDK"),
    TEST_FRAMEWORK("test framework");

    private final String label;

    Origin(String label) {
      this.label = label;
    }

    /** For people: {@code test framework}. */
    public String label() {
      return label;
    }
  }

  /**
   * Consecutive frames of one origin.
   *
   * @param start the index of the first frame in the stack
   */
  record Run(Origin origin, int start, List<Site> frames) {}

  private static final String[] TEST_FRAMEWORKS = {
    "org.junit.",
    "junit.",
    "org.opentest4j.",
    "org.testng.",
    "org.apache.maven.surefire.",
    "org.apache.maven.plugin.surefire.",
    "org.gradle.",
    "org.spockframework.",
    "org.assertj.",
    "org.mockito.",
    "net.bytebuddy.",
    "org.apiguardian.",
    "kotlinx.coroutines.test.",
    "io.lockwatch.agent."
  };
  private static final String[] JDK = {
    "java.", "javax.", "jdk.", "sun.", "com.sun.", "kotlin.", "scala.runtime."
  };

  private static final String[] REFLECTION = {"java.lang.reflect.", "jdk.internal.reflect."};

  private StackFrames() {}

  /**
   * True for a frame of a test framework or of reflection: the machinery between the test runner
   * and the test, folded in stacks.
   */
  public static boolean foldable(Site frame) {
    String name = frame.className() == null ? "" : frame.className();
    for (String prefix : REFLECTION) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return origin(frame) == Origin.TEST_FRAMEWORK;
  }

  /** The origin of the code of {@code frame}. */
  public static Origin origin(Site frame) {
    String name = frame.className() == null ? "" : frame.className();
    for (String prefix : TEST_FRAMEWORKS) {
      if (name.startsWith(prefix)) {
        return Origin.TEST_FRAMEWORK;
      }
    }
    for (String prefix : JDK) {
      if (name.startsWith(prefix)) {
        return Origin.JDK;
      }
    }
    return Origin.APPLICATION;
  }

  /** The stack cut into runs of one origin, innermost first. */
  static List<Run> runs(List<Site> stack) {
    List<Run> runs = new ArrayList<>();
    int start = 0;
    while (start < stack.size()) {
      Origin origin = origin(stack.get(start));
      int end = start + 1;
      while (end < stack.size() && origin(stack.get(end)) == origin) {
        end++;
      }
      runs.add(new Run(origin, start, List.copyOf(stack.subList(start, end))));
      start = end;
    }
    return runs;
  }

  /** The innermost application frame, else the innermost frame, else null. */
  static Site firstApplicationFrame(List<Site> stack) {
    for (Site frame : stack) {
      if (origin(frame) == Origin.APPLICATION) {
        return frame;
      }
    }
    return stack.isEmpty() ? null : stack.get(0);
  }
}
