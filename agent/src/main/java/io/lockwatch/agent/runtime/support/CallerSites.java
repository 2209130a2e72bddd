package io.lockwatch.agent.runtime.support;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where application code called into the JDK. A lock the JDK takes on the application's behalf is
 * first registered at its JDK site ({@code java.util.Vector.add}); when it becomes part of a new
 * lock order, the stack captured for that order shows which application call led there, and that
 * call is the site the report gives, so that it points at code the user can change and its
 * fingerprint does not depend on JDK internals.
 */
public final class CallerSites {
  /** A JDK site that did not come from the application: its order is the JDK's own business. */
  public static final int NOT_APPLICATION = -1;

  /** How many frames of a stack are searched for the application's call. */
  public static final int DEPTH = 512;

  /** Which classes are the application's: those the agent instruments (see the filter). */
  private static volatile Predicate<String> application = className -> true;

  private CallerSites() {}

  /**
   * Sets which classes count as the application's: a lock the JDK takes for code outside them (a
   * library the options exclude, a test runner) is not watched.
   */
  public static void applicationIs(Predicate<String> classes) {
    application = classes;
  }

  /** True when the class is part of the JDK (never an application class). */
  public static boolean isJdk(String className) {
    return className.startsWith("java.")
        || className.startsWith("javax.")
        || className.startsWith("jdk.")
        || className.startsWith("sun.")
        || className.startsWith("com.sun.");
  }

  /** True when site {@code site} is in JDK code. */
  public static boolean isJdkSite(SiteRegistry sites, int site) {
    return isJdk(sites.get(site).className());
  }

  /**
   * The application site behind {@code site}: itself when it is not in the JDK; else the frame of
   * the application that called the JDK method of {@code site} on {@code stack} (innermost first,
   * at most {@link #DEPTH} frames). A lock still held after the helper that took it returned
   * ({@code LinkedBlockingQueue.fullyLock}, called by {@code remove}) is placed by the innermost
   * frame of the helper's class still on the stack. {@link #NOT_APPLICATION} when the JDK acted on
   * its own behalf: no application frame on a complete stack, or the application called another
   * part of the JDK (a class loader, say) that used this class internally. When the stack was cut
   * before an answer, {@code site} itself.
   */
  public static int resolve(SiteRegistry sites, int site, List<Frame> stack) {
    SiteInfo info = sites.get(site);
    if (!isJdk(info.className())) {
      return site;
    }
    int jdkFrame = indexOf(stack, info);
    if (jdkFrame < 0) {
      jdkFrame = indexOfClass(stack, info.className());
    }
    if (jdkFrame < 0) {
      return stack.size() < DEPTH ? NOT_APPLICATION : site;
    }
    for (int i = jdkFrame + 1; i < stack.size(); i++) {
      Frame frame = stack.get(i);
      if (!isJdk(frame.className())) {
        Frame called = stack.get(i - 1);
        return samePackage(called.className(), info.className())
                && application.test(frame.className())
            ? sites.ofFrame(frame)
            : NOT_APPLICATION;
      }
    }
    return stack.size() < DEPTH ? NOT_APPLICATION : site;
  }

  private static int indexOf(List<Frame> stack, SiteInfo site) {
    for (int i = 0; i < stack.size(); i++) {
      Frame frame = stack.get(i);
      if (frame.className().equals(site.className()) && frame.method().equals(site.method())) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfClass(List<Frame> stack, String className) {
    for (int i = 0; i < stack.size(); i++) {
      if (stack.get(i).className().equals(className)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean samePackage(String a, String b) {
    int dot = a.lastIndexOf('.');
    return dot == b.lastIndexOf('.') && a.regionMatches(0, b, 0, dot);
  }
}
