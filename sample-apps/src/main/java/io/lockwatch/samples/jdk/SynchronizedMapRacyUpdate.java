package io.lockwatch.samples.jdk;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The racy twin of {@link SynchronizedMapMonitor}: the updater fills the setting in after leaving
 * the map's monitor, so the reader, which sees the setting as soon as it is put, may see it before
 * it is filled in.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * SynchronizedMapRacyUpdate$Setting.limit}, between the updater's late write and the reader's read.
 */
public final class SynchronizedMapRacyUpdate {
  // @expect:race(field=SynchronizedMapRacyUpdate$Setting.limit,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A setting with a plain field. */
  static final class Setting {
    int limit;
  }

  static final Map<String, Setting> SETTINGS = Collections.synchronizedMap(new HashMap<>());

  private SynchronizedMapRacyUpdate() {}

  public static void main(String[] args) throws InterruptedException {
    int[] seen = new int[1];
    Thread reader = new Thread(() -> seen[0] = poll(), "reader");
    Thread updater = new Thread(SynchronizedMapRacyUpdate::update, "updater");
    Threads.runTogether(reader, updater);
    System.out.println("SynchronizedMapRacyUpdate: done, limit seen " + seen[0]);
  }

  private static void update() {
    Setting setting = new Setting();
    synchronized (SETTINGS) {
      SETTINGS.put("pool", setting);
    }
    setting.limit = 40; // @expect:race-write(thread=updater,locks=none)
  }

  private static int poll() {
    Setting setting;
    while ((setting = SETTINGS.get("pool")) == null) {
      Thread.onSpinWait();
    }
    Threads.pause(20);
    return setting.limit; // @expect:race-read(thread=reader,locks=none)
  }
}
