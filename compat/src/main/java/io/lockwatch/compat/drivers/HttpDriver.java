package io.lockwatch.compat.drivers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The JDK's HTTP server ({@code com.sun.net.httpserver}) on the loopback address, served by a
 * thread pool, and the JDK's {@link HttpClient} sending a bounded number of requests from several
 * threads, synchronously and asynchronously. The handlers keep their statistics under a monitor and
 * a {@link ReentrantLock}: the JDK's own classes are never instrumented, the handlers are.
 */
public final class HttpDriver {
  private static final int CLIENT_THREADS = 4;
  private static final int REQUESTS_PER_THREAD = 40;

  /** Hits per path, under its own monitor. */
  private static final Map<String, Integer> HITS = new TreeMap<>();

  /** Bytes echoed, under a lock. */
  private static final ReentrantLock ECHO_LOCK = new ReentrantLock();

  private static long echoedBytes;

  private HttpDriver() {}

  public static void main(String[] args) throws Exception {
    ExecutorService serverPool = Executors.newFixedThreadPool(4, named("http-server"));
    ExecutorService clientPool = Executors.newFixedThreadPool(2, named("http-client"));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/echo", HttpDriver::echo);
    server.createContext("/count", HttpDriver::count);
    server.setExecutor(serverPool);
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();

    long[] checksums = new long[CLIENT_THREADS];
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .executor(clientPool)
              .connectTimeout(Duration.ofSeconds(10))
              .version(HttpClient.Version.HTTP_1_1)
              .build();
      Workers.run(
          "http-caller",
          CLIENT_THREADS,
          caller -> {
            long checksum = 0;
            List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
              String body = "caller " + caller + " request " + i;
              if (i % 3 == 0) {
                HttpRequest get =
                    HttpRequest.newBuilder(URI.create(base + "/count/" + (i % 5)))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build();
                pending.add(client.sendAsync(get, HttpResponse.BodyHandlers.ofString()));
              } else {
                HttpRequest post =
                    HttpRequest.newBuilder(URI.create(base + "/echo"))
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                HttpResponse<String> response =
                    client.send(post, HttpResponse.BodyHandlers.ofString());
                Workers.check(response.statusCode() == 200, "echo status " + response.statusCode());
                Workers.check(
                    response.body().equals(new StringBuilder(body).reverse().toString()),
                    "echo body " + response.body());
                checksum += response.body().hashCode();
              }
            }
            for (CompletableFuture<HttpResponse<String>> future : pending) {
              HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);
              Workers.check(response.statusCode() == 200, "count status " + response.statusCode());
              checksum += response.body().startsWith("hits ") ? 1 : 1_000_000;
            }
            checksums[caller] = checksum;
          });
    } finally {
      server.stop(0);
      serverPool.shutdown();
      clientPool.shutdown();
      serverPool.awaitTermination(10, TimeUnit.SECONDS);
      clientPool.awaitTermination(10, TimeUnit.SECONDS);
    }

    long checksum = 0;
    for (long c : checksums) {
      checksum = checksum * 31 + c;
    }
    int totalHits;
    synchronized (HITS) {
      totalHits = HITS.values().stream().mapToInt(Integer::intValue).sum();
      System.out.println("HttpDriver: hits per path " + HITS);
    }
    ECHO_LOCK.lock();
    try {
      System.out.printf(
          "HttpDriver: requests=%d countHits=%d echoedBytes=%d checksum=%d%n",
          CLIENT_THREADS * REQUESTS_PER_THREAD, totalHits, echoedBytes, checksum);
    } finally {
      ECHO_LOCK.unlock();
    }
    System.out.println("HttpDriver: ok");
  }

  private static void echo(HttpExchange exchange) throws IOException {
    byte[] request;
    try (InputStream in = exchange.getRequestBody()) {
      request = in.readAllBytes();
    }
    String text = new String(request, StandardCharsets.UTF_8);
    byte[] reply = new StringBuilder(text).reverse().toString().getBytes(StandardCharsets.UTF_8);
    ECHO_LOCK.lock();
    try {
      echoedBytes += reply.length;
    } finally {
      ECHO_LOCK.unlock();
    }
    respond(exchange, reply);
  }

  private static void count(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int hits;
    synchronized (HITS) {
      hits = HITS.merge(path, 1, Integer::sum);
    }
    respond(exchange, ("hits " + hits).getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + next.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
