package io.lockwatch.samples.races;

/**
 * Safe publication through {@code Thread.start()}: the main thread builds and fills a plain,
 * mutable settings object, then starts a thread that reads it. Everything a thread did before
 * {@code start()} happens before everything the started thread does.
 *
 * <p>Lockwatch should find nothing in any section. The program takes no lock; {@link RaceProneBank}
 * shows that the agent watches plain fields.
 */
public final class InitThenStart {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=2,fieldAccesses>=2)
  // @expect:twin(target=RaceProneBank)

  /** Settings with plain, non-final fields. */
  static final class Settings {
    String host;
    int port;
  }

  /** What the reader saw; the reader's own, read by main after join(). */
  static final class Seen {
    String address;
  }

  private InitThenStart() {}

  public static void main(String[] args) throws InterruptedException {
    Settings settings = new Settings();
    settings.host = "localhost"; // @site:init-host
    settings.port = 8080; // @site:init-port
    Seen seen = new Seen();
    Thread reader =
        new Thread(
            () -> seen.address = settings.host + ":" + settings.port, // @site:read-settings
            "reader");
    reader.start(); // @site:start
    reader.join();
    System.out.println("InitThenStart: done, the reader saw " + seen.address);
  }
}
