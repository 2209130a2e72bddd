package io.lockwatch.samples.jdk;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Date;

/**
 * The fix for {@link SharedDateFormat}: each thread formats with its own {@code SimpleDateFormat},
 * from a {@code ThreadLocal}.
 *
 * <p>Lockwatch should find nothing.
 */
public final class DateFormatPerThread {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldsTracked>=1,fieldAccesses>=2)
  // @expect:twin(target=SharedDateFormat)
  static final ThreadLocal<DateFormat> STAMP =
      ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd HH:mm"));

  private DateFormatPerThread() {}

  public static void main(String[] args) throws InterruptedException {
    String[] stamps = new String[2];
    Thread first = new Thread(() -> stamps[0] = STAMP.get().format(new Date(0)), "first");
    Thread second =
        new Thread(
            () -> {
              Threads.pause(20);
              stamps[1] = STAMP.get().format(new Date(86_400_000L));
            },
            "second");
    Threads.runTogether(first, second);
    System.out.println("DateFormatPerThread: done, " + stamps[0].length() + " and " + stamps[1]);
  }
}
