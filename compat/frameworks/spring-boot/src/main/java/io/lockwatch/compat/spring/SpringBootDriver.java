package io.lockwatch.compat.spring;

import io.lockwatch.compat.drivers.Workers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on a free loopback port, then 4 client threads send GET and POST requests;
 * the totals the controller counted must match what the clients sent.
 */
@SpringBootApplication
public class SpringBootDriver {
  private static final int CLIENTS = 4;
  private static final int REQUESTS = 150;
  private static final int KEYS = 10;

  /** Starts Spring Boot, runs the clients, checks and prints the totals, stops. */
  public static void main(String[] args) throws Exception {
    SpringApplication application = new SpringApplication(SpringBootDriver.class);
    application.setBannerMode(Banner.Mode.OFF);
    application.setLogStartupInfo(false);
    // Only errors on stdout: Tomcat warns about slow SecureRandom seeding, which depends on timing.
    application.setDefaultProperties(
        Map.of(
            "server.port", "0",
            "server.address", "127.0.0.1",
            "server.tomcat.threads.max", "8",
            "logging.level.root", "ERROR"));
    try (ConfigurableApplicationContext context = application.run(args)) {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      String base = "http://127.0.0.1:" + port;
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      long[] echoed = new long[CLIENTS];
      Workers.run(
          "spring-client",
          CLIENTS,
          worker -> {
            for (int i = 0; i < REQUESTS; i++) {
              String key = "k" + (worker * REQUESTS + i) % KEYS;
              HttpResponse<String> hit = client.send(get(base + "/hit/" + key), text());
              Workers.check(hit.statusCode() == 200, "GET /hit status " + hit.statusCode());
              String json =
                  "{\"client\":" + worker + ",\"seq\":" + i + ",\"words\":[\"a\",\"bc\"]}";
              HttpResponse<String> echo = client.send(post(base + "/echo", json), text());
              Workers.check(echo.statusCode() == 200, "POST /echo status " + echo.statusCode());
              Workers.check(echo.body().contains("\"seq\":" + i), "echoed " + echo.body());
              echoed[worker] += echo.body().length();
            }
          });
      HttpResponse<String> totals = client.send(get(base + "/totals"), text());
      long expectedHits = (long) CLIENTS * REQUESTS;
      Workers.check(
          totals
              .body()
              .equals("hits=" + expectedHits + " keys=" + KEYS + " echoes=" + expectedHits),
          "totals " + totals.body());
      long chars = 0;
      for (long count : echoed) {
        chars += count;
      }
      System.out.printf("SpringBootDriver: %s echoedChars=%d%n", totals.body(), chars);
    }
    System.out.println("SpringBootDriver: ok");
  }

  private static HttpRequest get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build();
  }

  private static HttpRequest post(String uri, String json) {
    return HttpRequest.newBuilder(URI.create(uri))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpResponse.BodyHandler<String> text() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
