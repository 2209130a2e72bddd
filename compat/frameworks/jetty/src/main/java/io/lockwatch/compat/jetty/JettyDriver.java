package io.lockwatch.compat.jetty;

import io.lockwatch.compat.drivers.Workers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A Jetty server on a free loopback port counts GETs per path and upper-cases POST bodies; 4 client
 * threads send 200 of each and check every reply; the server's counts must add up.
 */
public final class JettyDriver {
  private static final int CLIENTS = 4;
  private static final int REQUESTS = 200;

  private JettyDriver() {}

  /** Serves, requests, checks, prints the totals, stops. */
  public static void main(String[] args) throws Exception {
    QueuedThreadPool pool = new QueuedThreadPool(12, 4);
    pool.setName("jetty-pool");
    Server server = new Server(pool);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    Map<String, LongAdder> hits = new ConcurrentHashMap<>();
    server.setHandler(new CountingHandler(hits));
    server.start();
    try {
      String base = "http://127.0.0.1:" + connector.getLocalPort();
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      long[] chars = new long[CLIENTS];
      Workers.run(
          "jetty-client",
          CLIENTS,
          worker -> {
            for (int i = 0; i < REQUESTS; i++) {
              String path = "/count/p" + (i % 7);
              HttpResponse<String> get =
                  client.send(
                      HttpRequest.newBuilder(URI.create(base + path)).build(),
                      HttpResponse.BodyHandlers.ofString());
              Workers.check(get.statusCode() == 200, "GET status " + get.statusCode());
              String body = "client " + worker + " says " + i;
              HttpResponse<String> post =
                  client.send(
                      HttpRequest.newBuilder(URI.create(base + "/upper"))
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              Workers.check(post.body().equals(body.toUpperCase()), "upper " + post.body());
              chars[worker] += post.body().length();
            }
          });
      long total = hits.values().stream().mapToLong(LongAdder::sum).sum();
      Workers.check(total == (long) CLIENTS * REQUESTS * 2, "hits " + total);
      long sum = 0;
      for (long c : chars) {
        sum += c;
      }
      System.out.printf(
          "JettyDriver: requests=%d paths=%d upperChars=%d%n", total, hits.size(), sum);
    } finally {
      server.stop();
    }
    System.out.println("JettyDriver: ok");
  }

  /** Counts each path; upper-cases the body of {@code /upper}, answers the count otherwise. */
  private static final class CountingHandler extends Handler.Abstract {
    private final Map<String, LongAdder> hits;

    CountingHandler(Map<String, LongAdder> hits) {
      this.hits = hits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String path = Request.getPathInContext(request);
      LongAdder adder = hits.computeIfAbsent(path, p -> new LongAdder());
      adder.increment();
      String reply =
          path.equals("/upper")
              ? Content.Source.asString(request, StandardCharsets.UTF_8).toUpperCase()
              : path + "=" + adder.sum();
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      response.write(true, ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
  }
}
