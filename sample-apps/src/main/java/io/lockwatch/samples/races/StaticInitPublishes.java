package io.lockwatch.samples.races;

import java.util.ArrayList;
import java.util.List;

/**
 * A lazily initialised singleton in the class-holder idiom: the holder's static initialiser builds
 * the instance (its constructor writes plain fields, fills a table) and stores it in a static
 * field; any thread that then uses the holder sees all of it, because class initialisation
 * publishes what the initialiser did (JLS 12.4.2). Four threads race to be the first user.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyStaticInit}.
 */
public final class StaticInitPublishes {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4)
  // @expect:twin(target=RacyStaticInit)

  /** The singleton, built once. */
  static final class Settings {
    int retries;
    final int[] table = new int[16];

    Settings() {
      retries = 3; // @site:constructor
      for (int i = 0; i < table.length; i++) {
        table[i] = i * i;
      }
    }
  }

  /** The holder idiom: initialised on first use. */
  static final class Holder {
    static Settings instance = new Settings();
  }

  private StaticInitPublishes() {}

  public static void main(String[] args) throws InterruptedException {
    int[] seen = new int[4];
    List<Thread> users = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int user = i;
      users.add(
          new Thread(
              () -> {
                Settings settings = Holder.instance; // @site:first-use
                seen[user] = settings.retries + settings.table[user];
              },
              "user-" + i));
    }
    for (Thread thread : users) {
      thread.start();
    }
    for (Thread thread : users) {
      thread.join();
    }
    System.out.println("StaticInitPublishes: done, saw " + seen[0] + " " + seen[3]);
  }
}
