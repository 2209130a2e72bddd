package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The agent's package layering, read from the import lines (and fully qualified names) of its main
 * sources: each runtime concern uses only the concerns below it, nothing in the runtime or the
 * analysis builds report records, and no two packages of the agent depend on each other.
 */
class RuntimeLayeringTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(io\\.lockwatch\\.[a-z_.]*[a-z_])\\.[A-Z]");
  private static final String RUNTIME = "io.lockwatch.agent.runtime";

  /** What each runtime package may use of the agent's own packages (the bridge is always fine). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          RUNTIME + ".support",
          Set.of(),
          RUNTIME + ".lockorder",
          Set.of(RUNTIME + ".support"),
          RUNTIME + ".hb",
          Set.of(RUNTIME + ".lockorder", RUNTIME + ".support"),
          RUNTIME + ".race",
          Set.of(RUNTIME + ".hb", RUNTIME + ".lockorder", RUNTIME + ".support"),
          RUNTIME + ".hazard",
          Set.of(RUNTIME + ".lockorder", RUNTIME + ".support"),
          RUNTIME + ".jdk",
          Set.of(RUNTIME + ".lockorder", RUNTIME + ".race", RUNTIME + ".support"),
          RUNTIME + ".confirm",
          Set.of(RUNTIME + ".lockorder", RUNTIME + ".support"),
          RUNTIME + ".tests",
          Set.of(RUNTIME + ".lockorder", RUNTIME + ".support"),
          RUNTIME,
          Set.of(
              RUNTIME + ".confirm",
              RUNTIME + ".hb",
              RUNTIME + ".lockorder",
              RUNTIME + ".race",
              RUNTIME + ".hazard",
              RUNTIME + ".jdk",
              RUNTIME + ".tests",
              RUNTIME + ".support"));

  private final Map<String, Set<String>> uses = packageDependencies();

  @Test
  void each_runtime_concern_uses_only_the_concerns_below_it() {
    assertThat(uses).containsKeys(ALLOWED.keySet().toArray(new String[0]));
    ALLOWED.forEach(
        (pkg, allowed) ->
            assertThat(agentPackages(uses.get(pkg))).as("what %s uses", pkg).isSubsetOf(allowed));
  }

  @Test
  void neither_the_runtime_nor_the_analysis_builds_report_records() {
    uses.forEach(
        (pkg, used) -> {
          if (pkg.startsWith(RUNTIME) || pkg.equals("io.lockwatch.agent.analysis")) {
            assertThat(used)
                .as("what %s uses", pkg)
                .noneMatch(p -> p.startsWith("io.lockwatch.report"));
          }
        });
  }

  @Test
  void no_two_packages_of_the_agent_depend_on_each_other() {
    List<String> cycles = new ArrayList<>();
    for (String pkg : uses.keySet()) {
      for (String other : reachableFrom(pkg)) {
        if (!other.equals(pkg) && reachableFrom(other).contains(pkg) && pkg.compareTo(other) < 0) {
          cycles.add(pkg + " <-> " + other);
        }
      }
    }
    assertThat(cycles).isEmpty();
  }

  private Set<String> reachableFrom(String start) {
    Set<String> seen = new TreeSet<>();
    List<String> work = new ArrayList<>(List.of(start));
    while (!work.isEmpty()) {
      for (String next : uses.getOrDefault(work.remove(work.size() - 1), Set.of())) {
        if (uses.containsKey(next) && seen.add(next)) {
          work.add(next);
        }
      }
    }
    return seen;
  }

  private static Set<String> agentPackages(Set<String> used) {
    Set<String> agent = new TreeSet<>();
    for (String pkg : used) {
      if (pkg.startsWith("io.lockwatch.agent")) {
        agent.add(pkg);
      }
    }
    return agent;
  }

  /** Package to the io.lockwatch packages its sources name, itself left out. */
  private static Map<String, Set<String>> packageDependencies() {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher names = REFERENCE.matcher(withoutComments(Files.readString(file)));
        while (names.find()) {
          if (!names.group(1).equals(pkg)) {
            used.add(names.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HashMap<>(uses);
  }

  /** The source without comments, so a {@code {@link}} to another package is no dependency. */
  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
  }
}
