package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The lines of the fixtures' sources that end with a {@code // @line:} marker, and their sites. */
final class FixtureLines {
  private FixtureLines() {}

  /** The line of {@code marker} in the fixture source {@code file} ({@code LockFixtures.java}). */
  static int line(String file, String marker) throws IOException {
    Path source = Path.of("src/test/java/io/lockwatch/agent/instrument/fixtures", file);
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("// @line:" + marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("marker " + marker + " not found in " + file);
  }

  /** The first site registered at {@code line}. */
  static SiteInfo siteAt(SiteRegistry sites, int line) {
    for (int id = 1; id <= sites.size(); id++) {
      if (sites.get(id).line() == line) {
        return sites.get(id);
      }
    }
    throw new AssertionError("no site registered at line " + line);
  }
}
