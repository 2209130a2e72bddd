package io.lockwatch.it.programs;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Runs the locking code in a class loader whose parent is the platform loader, so it cannot see the
 * application class path (nor the agent jar): the hooks must come from the bootstrap path.
 */
public final class IsolatedLoader {
  public static void main(String[] args) throws Exception {
    URL classes = IsolatedLoader.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader isolated =
        new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      Class<?> locking = isolated.loadClass("io.lockwatch.it.programs.Locking");
      if (locking.getClassLoader() != isolated) {
        throw new AssertionError("not isolated");
      }
      locking.getMethod("oppositeOrders").invoke(null);
    }
    System.out.println("isolated done");
  }
}
