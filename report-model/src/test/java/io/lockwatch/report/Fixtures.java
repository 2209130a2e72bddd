package io.lockwatch.report;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The JSON fixtures in {@code src/test/resources/fixtures}, written from {@link SampleReports}. */
public final class Fixtures {
  private Fixtures() {}

  /** The path of fixture {@code name}, e.g. {@code shop.json}. */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource("/fixtures/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
