package io.lockwatch.samples.jdk;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Date;

/**
 * A {@code SimpleDateFormat} shared by two threads. Formats are not thread-safe ({@code format} and
 * {@code parse} work in the format's own calendar): two threads formatting at once can get each
 * other's dates.
 *
 * <p>Lockwatch should report exactly one unguarded field, the format's state, between the two
 * {@code format} calls. The fix is {@link DateFormatPerThread}.
 */
public final class SharedDateFormat {
  // @expect:race(field="SharedDateFormat.STAMP (java.text.SimpleDateFormat)",observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)
  static final DateFormat STAMP = new SimpleDateFormat("yyyy-MM-dd HH:mm");

  private SharedDateFormat() {}

  public static void main(String[] args) throws InterruptedException {
    String[] stamps = new String[2];
    Thread first =
        new Thread(
            () -> stamps[0] = STAMP.format(new Date(0)), // @expect:race-write(thread=first)
            "first");
    Thread second =
        new Thread(
            () -> {
              Threads.pause(20);
              stamps[1] = STAMP.format(new Date(86_400_000L)); // @expect:race-write(thread=second)
            },
            "second");
    Threads.runTogether(first, second);
    System.out.println("SharedDateFormat: done, " + stamps[0].length() + " and " + stamps[1]);
  }
}
