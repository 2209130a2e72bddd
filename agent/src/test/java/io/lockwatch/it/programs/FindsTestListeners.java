package io.lockwatch.it.programs;

import java.util.ServiceLoader;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * Looks up JUnit's test execution listeners the way the JUnit launcher does and prints each one's
 * class name and whether the system class loader defined it.
 */
public final class FindsTestListeners {
  private FindsTestListeners() {}

  public static void main(String[] args) {
    for (TestExecutionListener listener : ServiceLoader.load(TestExecutionListener.class)) {
      Class<?> type = listener.getClass();
      System.out.println(
          "listener "
              + type.getName()
              + " system="
              + (type.getClassLoader() == ClassLoader.getSystemClassLoader()));
    }
  }
}
