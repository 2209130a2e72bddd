package io.lockwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON fixtures in {@code src/test/resources/fixtures}, written from {@link SampleReports}. */
public final class Fixtures {
  private static Path copies;

  private Fixtures() {}

  /**
   * The path of fixture {@code name}, e.g. {@code shop.json}. Other modules' tests read the
   * fixtures from this module's test jar: for them it is the path of a copy, of the same file name.
   */
  public static Path path(String name) {
    String resource = "/fixtures/" + name;
    URL url = Fixtures.class.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      return copy(resource, name);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One directory of copies per JVM, so that a fixture has one path however often asked for. */
  private static synchronized Path copy(String resource, String name) throws IOException {
    if (copies == null) {
      copies = Files.createTempDirectory("lockwatch-fixtures");
      copies.toFile().deleteOnExit();
    }
    Path copy = copies.resolve(name);
    if (!Files.exists(copy)) {
      try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
        Files.copy(in, copy);
      }
      copy.toFile().deleteOnExit();
    }
    return copy;
  }
}
