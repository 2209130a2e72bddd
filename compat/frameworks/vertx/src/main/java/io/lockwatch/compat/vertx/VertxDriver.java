package io.lockwatch.compat.vertx;

import io.lockwatch.compat.drivers.Workers;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two instances of a verticle answer {@code square} requests on the event bus; an HTTP verticle
 * serves {@code /sum/N} by asking the bus and running a blocking step on the worker pool. 4 plain
 * threads then send 150 HTTP requests each through one Vert.x client and check the answers.
 */
public final class VertxDriver {
  private static final int CLIENTS = 4;
  private static final int REQUESTS = 150;

  private VertxDriver() {}

  /** Deploys, requests, checks, prints the totals, closes. */
  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(4));
    try {
      await(vertx.deployVerticle(SquareVerticle::new, new DeploymentOptions().setInstances(2)));
      HttpVerticle http = new HttpVerticle();
      await(vertx.deployVerticle(http));
      HttpClient client =
          vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(4));
      AtomicLong total = new AtomicLong();
      Workers.run(
          "vertx-client",
          CLIENTS,
          worker -> {
            List<Future<String>> replies = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
              int n = worker * REQUESTS + i;
              replies.add(
                  client
                      .request(HttpMethod.GET, http.port(), "127.0.0.1", "/sum/" + n)
                      .compose(request -> request.send())
                      .compose(response -> response.body())
                      .map(Buffer::toString));
              if (i % 25 == 24) {
                for (Future<String> reply : replies) {
                  total.addAndGet(Long.parseLong(await(reply)));
                }
                replies.clear();
              }
            }
            for (Future<String> reply : replies) {
              total.addAndGet(Long.parseLong(await(reply)));
            }
          });
      long expected = 0;
      for (long n = 0; n < (long) CLIENTS * REQUESTS; n++) {
        expected += n * n + 1;
      }
      Workers.check(total.get() == expected, "sum " + total.get() + " expected " + expected);
      System.out.printf(
          "VertxDriver: requests=%d sum=%d busRequests=%d%n",
          CLIENTS * REQUESTS, total.get(), SquareVerticle.ANSWERED.get());
      await(client.close());
    } finally {
      await(vertx.close());
    }
    System.out.println("VertxDriver: ok");
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  /** Answers n with n*n on the event bus. */
  static final class SquareVerticle extends AbstractVerticle {
    static final AtomicLong ANSWERED = new AtomicLong();

    @Override
    public void start() {
      vertx
          .eventBus()
          .<Long>consumer(
              "square",
              message -> {
                ANSWERED.incrementAndGet();
                long n = message.body();
                message.reply(n * n);
              });
    }
  }

  /** Serves /sum/N: asks the bus for N*N, adds 1 on a worker thread, answers. */
  static final class HttpVerticle extends AbstractVerticle {
    private volatile int port;

    int port() {
      return port;
    }

    @Override
    public void start(Promise<Void> started) {
      HttpServer server =
          vertx
              .createHttpServer()
              .requestHandler(
                  request -> {
                    long n = Long.parseLong(request.path().substring("/sum/".length()));
                    vertx
                        .eventBus()
                        .<Long>request("square", n)
                        .compose(reply -> vertx.executeBlocking(() -> reply.body() + 1))
                        .onSuccess(value -> request.response().end(Long.toString(value)))
                        .onFailure(
                            failure ->
                                request.response().setStatusCode(500).end(failure.toString()));
                  });
      server
          .listen(0, "127.0.0.1")
          .onSuccess(
              listening -> {
                port = listening.actualPort();
                started.complete();
              })
          .onFailure(started::fail);
    }
  }
}
