package io.lockwatch.samples.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests handed to a thread pool and back: {@code main} fills each request under one lock,
 * submits a task that answers it under another, and reads the answer after {@code Future.get}.
 * Submission happens before the task runs, and the task's end before {@code get} returns; every
 * reordering keeps both. Lockwatch should report nothing, with {@code races=on} and with {@code
 * races=predict}.
 */
public final class ExecutorHandoffBesideLocks {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4)
  // @expect:none(run=predict)
  // @expect:option(races=predict,run=predict)
  // @expect:summary(fieldAccesses>=4,run=predict)
  static final int REQUESTS = 10;
  static final Object CLIENT_LOCK = new Object();
  static final Object SERVER_LOCK = new Object();

  /** A request and its answer: plain fields, no lock of their own. */
  static final class Request {
    int question;
    int answer;
  }

  private ExecutorHandoffBesideLocks() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Request> requests = new ArrayList<>();
    List<Future<?>> answers = new ArrayList<>();
    for (int i = 1; i <= REQUESTS; i++) {
      Request request = new Request();
      synchronized (CLIENT_LOCK) {
        request.question = i;
      }
      requests.add(request);
      answers.add(
          pool.submit(
              () -> {
                synchronized (SERVER_LOCK) {
                  request.answer = request.question + 1;
                }
              }));
    }
    long sum = 0;
    for (int i = 0; i < REQUESTS; i++) {
      answers.get(i).get();
      synchronized (CLIENT_LOCK) {
        sum += requests.get(i).answer;
      }
    }
    pool.shutdown();
    System.out.println("ExecutorHandoffBesideLocks: done, sum " + sum);
  }
}
