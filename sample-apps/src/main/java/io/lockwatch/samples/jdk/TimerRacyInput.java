package io.lockwatch.samples.jdk;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * The racy twin of {@link TimerSchedule}: main sets the job's input after scheduling the task that
 * reads it. Only what main did before {@code schedule} is published to the timer's thread; the late
 * write races with the task's read, however the two fall in time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code TimerRacyInput$Job.input}, between
 * main's late write and the task's read on the timer's thread.
 */
public final class TimerRacyInput {
  // @expect:race(field=TimerRacyInput$Job.input,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A job: input written by main, output by the timer task. */
  static final class Job {
    int input;
    int output;
  }

  private TimerRacyInput() {}

  public static void main(String[] args) throws InterruptedException {
    Timer timer = new Timer("timer", true);
    Job job = new Job();
    CountDownLatch done = new CountDownLatch(1);
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            job.output = job.input * 7; // @expect:race-read(thread=timer,locks=none)
            done.countDown();
          }
        },
        50);
    job.input = 6; // @expect:race-write(thread=main,locks=none)
    done.await();
    timer.cancel();
    System.out.println("TimerRacyInput: done, output " + job.output);
  }
}
