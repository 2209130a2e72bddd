package io.lockwatch.maven;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/**
 * What Maven does to a mojo before it runs it, for unit tests: sets its parameter fields (by name,
 * in the class or a superclass), and a log whose lines the test can read.
 */
final class Parameters {
  private Parameters() {}

  static <T> T set(T mojo, String name, Object value) {
    for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
        return mojo;
      } catch (NoSuchFieldException e) {
        // a superclass's, then
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no parameter " + name + " in " + mojo.getClass());
  }

  /** A log that keeps every line, prefixed with its level as Maven prints it. */
  static final class Lines extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }

    String text() {
      return String.join("\n", lines);
    }
  }
}
