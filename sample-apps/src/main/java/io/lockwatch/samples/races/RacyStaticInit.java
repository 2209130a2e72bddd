package io.lockwatch.samples.races;

/**
 * The racy twin of {@link StaticInitPublishes}: a plugin's static initialiser registers itself by
 * incrementing <em>another</em> class's counter, while the main thread increments it too. Class
 * initialisation publishes the plugin's own statics to the plugin's users, nothing else: the
 * counter is shared without a lock.
 *
 * <p>Lockwatch should report {@code RacyStaticInit$Registry.plugins}, between the marked accesses.
 */
public final class RacyStaticInit {
  // @expect:race(field=RacyStaticInit$Registry.plugins,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** A registry every plugin reports to. */
  static final class Registry {
    static int plugins;
  }

  /** A plugin that registers itself when its class is initialised. */
  static final class Plugin {
    static String name = "audit";

    static {
      Registry.plugins++; // @expect:race-access(thread=loader)
    }
  }

  private RacyStaticInit() {}

  public static void main(String[] args) throws InterruptedException {
    Thread loader = new Thread(() -> System.out.println("loaded " + Plugin.name), "loader");
    loader.start();
    Registry.plugins++; // @expect:race-access(thread=main)
    loader.join();
    System.out.println("RacyStaticInit: done, " + Registry.plugins + " plugins");
  }
}
