package io.lockwatch.samples.shading;

import static io.lockwatch.samples.SampleThreads.runAlone;

import com.google.gson.Gson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application that brings its own Gson, of another version than the one inside the agent. The
 * agent relocates its Gson, so the application must get exactly the Gson on its own class path, and
 * the agent must still write its report with its own.
 *
 * <p>Prints one JSON line made by the application's Gson, then the jar that Gson came from. It also
 * takes two monitors in opposite orders, so Lockwatch should report exactly one lock-order cycle
 * ({@code kind} {@code deadlock}).
 *
 * <p>Compiled against the Gson of the build; run with any Gson from 2.8 on.
 */
public final class AppWithOwnGson {
  static final Object LOCK_A = new Object();
  static final Object LOCK_B = new Object();

  private static int transfers;

  private AppWithOwnGson() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("worker-1", AppWithOwnGson::lockAThenB);
    runAlone("worker-2", AppWithOwnGson::lockBThenA);

    Map<String, Object> status = new LinkedHashMap<>();
    status.put("app", "AppWithOwnGson");
    status.put("transfers", transfers);
    System.out.println(new Gson().toJson(status));
    System.out.println(
        "gson from " + Gson.class.getProtectionDomain().getCodeSource().getLocation());
  }

  private static void lockAThenB() {
    synchronized (LOCK_A) { // @site:w1-outer
      synchronized (LOCK_B) { // @site:w1-inner
        transfers++;
      }
    }
  }

  private static void lockBThenA() {
    synchronized (LOCK_B) { // @site:w2-outer
      synchronized (LOCK_A) { // @site:w2-inner
        transfers++;
      }
    }
  }
}
