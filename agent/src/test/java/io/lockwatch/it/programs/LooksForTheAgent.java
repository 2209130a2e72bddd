package io.lockwatch.it.programs;

/**
 * Asks the system class loader for each class named in its arguments and prints {@code hidden NAME}
 * or {@code visible NAME}, then runs the {@link Inversions} monitor inversion, so the same run
 * shows the agent still watching.
 */
public final class LooksForTheAgent {
  private LooksForTheAgent() {}

  public static void main(String[] args) throws Exception {
    ClassLoader application = ClassLoader.getSystemClassLoader();
    for (String name : args) {
      try {
        Class.forName(name, false, application);
        System.out.println("visible " + name);
      } catch (ClassNotFoundException hidden) {
        System.out.println("hidden " + name);
      }
    }
    Inversions.main(new String[] {"monitors", "concurrent"});
  }
}
