package io.lockwatch.samples.jdk;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One monitor seen from both sides of a {@code Collections.synchronizedMap}: the updater holds the
 * map's monitor ({@code synchronized (map)}, as for any compound action) while it puts a setting
 * and fills it in; the reader polls the map through its own methods, which take the same monitor
 * inside the JDK, so once it sees the setting it sees it filled in. Correct: the wrapper's mutex is
 * the map itself.
 *
 * <p>Lockwatch should find nothing: the wrapper's internal lock and the application's {@code
 * synchronized (map)} are one lock, with one happens-before. Its racy twin, which fills the setting
 * in after leaving the monitor, is {@link SynchronizedMapRacyUpdate}.
 */
public final class SynchronizedMapMonitor {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2,acquisitions>=2)
  // @expect:twin(target=SynchronizedMapRacyUpdate)

  /** A setting with a plain field. */
  static final class Setting {
    int limit;
  }

  static final Map<String, Setting> SETTINGS = Collections.synchronizedMap(new HashMap<>());

  private SynchronizedMapMonitor() {}

  public static void main(String[] args) throws InterruptedException {
    Setting[] seen = new Setting[1];
    Thread reader = new Thread(() -> seen[0] = poll(), "reader");
    Thread updater = new Thread(SynchronizedMapMonitor::update, "updater");
    Threads.runTogether(reader, updater);
    System.out.println("SynchronizedMapMonitor: done, limit " + seen[0].limit);
  }

  private static void update() {
    Setting setting = new Setting();
    synchronized (SETTINGS) {
      SETTINGS.put("pool", setting);
      setting.limit = 40; // under the map's monitor: no reader can see the setting before this
    }
  }

  private static Setting poll() {
    Setting setting;
    while ((setting = SETTINGS.get("pool")) == null) {
      Thread.onSpinWait();
    }
    int limit = setting.limit;
    return limit == 40 ? setting : null;
  }
}
