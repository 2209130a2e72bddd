package io.lockwatch.samples.jdk;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * Data handed over through a {@code java.util.Timer}: main sets the job's input, then schedules the
 * task that reads it on the timer's thread; main reads the output after a latch the task counts
 * down. Scheduling goes through the timer's queue, under its monitor, which the timer thread takes
 * before it runs the task: what main did before {@code schedule} happens before the task.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which sets the input after scheduling, is {@link
 * TimerRacyInput}.
 */
public final class TimerSchedule {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=3)
  // @expect:twin(target=TimerRacyInput)

  /** A job: input written by main, output by the timer task. */
  static final class Job {
    int input;
    int output;
  }

  private TimerSchedule() {}

  public static void main(String[] args) throws InterruptedException {
    Timer timer = new Timer("timer", true);
    Job job = new Job();
    CountDownLatch done = new CountDownLatch(1);
    job.input = 6;
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            job.output = job.input * 7;
            done.countDown();
          }
        },
        20);
    done.await();
    timer.cancel();
    System.out.println("TimerSchedule: done, output " + job.output);
  }
}
