package io.lockwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.TestPaths;
import io.lockwatch.testkit.expect.Expectation;
import io.lockwatch.testkit.expect.ExpectedRun;
import io.lockwatch.testkit.expect.Statement;
import io.lockwatch.testkit.source.SourceFile;
import io.lockwatch.testkit.source.SourceMarkers;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleCatalogTest {

  @Test
  void every_sample_has_a_public_static_main() throws NoSuchMethodException {
    for (SampleCatalog sample : SampleCatalog.values()) {
      Method main = sample.mainClass().getMethod("main", String[].class);
      assertThat(Modifier.isStatic(main.getModifiers())).as("%s.main is static", sample).isTrue();
    }
  }

  @Test
  void sample_names_are_unique() {
    List<String> names =
        Arrays.stream(SampleCatalog.values())
            .map(SampleCatalog::sampleName)
            .collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lockorder", "lockclasses", "primitives", "races", "contracts", "jdk"})
  void every_sample_of_a_family_is_in_the_catalog(String family) throws IOException {
    Path dir =
        TestPaths.classPathEntryOf(SampleCatalog.class).resolve("io/lockwatch/samples/" + family);
    Set<String> catalogued =
        Arrays.stream(SampleCatalog.values())
            .map(sample -> sample.mainClass().getName())
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> topLevel =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .filter(name -> !name.equals("package-info.class"))
              .map(name -> "io.lockwatch.samples." + family + "." + name.replace(".class", ""))
              .filter(SampleCatalogTest::hasMain) // a family's helpers are no samples
              .collect(Collectors.toList());
      assertThat(topLevel).isNotEmpty();
      assertThat(catalogued).containsAll(topLevel);
    }
  }

  private static boolean hasMain(String className) {
    try {
      return java.lang.reflect.Modifier.isStatic(
          Class.forName(className).getMethod("main", String[].class).getModifiers());
    } catch (ClassNotFoundException | NoSuchMethodException notAProgram) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SampleCatalog.class)
  void the_source_states_what_the_run_must_report_consistently(SampleCatalog sample) {
    ExpectedRun expected = sample.expected();

    assertThat(expected.statements()).as("@expect: statements of %s", sample).isNotEmpty();
    assertThat(expected.statements(Statement.SUMMARY))
        .as("%s says what proves the agent watched it", sample)
        .isNotEmpty();
  }

  @Test
  void every_run_a_source_names_is_catalogued_with_its_own_options() {
    Map<Class<?>, List<SampleCatalog>> byClass =
        Arrays.stream(SampleCatalog.values())
            .collect(Collectors.groupingBy(SampleCatalog::mainClass));
    byClass.forEach(
        (mainClass, samples) -> {
          assertThat(ExpectedRun.runsOf(mainClass.getName()))
              .as("runs named in the source of %s", mainClass.getSimpleName())
              .containsExactlyInAnyOrderElementsOf(
                  samples.stream().map(SampleCatalog::run).collect(Collectors.toList()));
          assertThat(samples.stream().map(SampleCatalog::agentOptions))
              .as("options of the entries of %s", mainClass.getSimpleName())
              .doesNotHaveDuplicates();
        });
  }

  @Test
  void a_sample_that_does_not_end_by_itself_runs_with_on_deadlock_exit() {
    List<SampleCatalog> demos =
        Arrays.stream(SampleCatalog.values()).filter(s -> !s.endsByItself()).toList();
    assertThat(demos)
        .containsExactly(
            SampleCatalog.REAL_DEADLOCK_DEMO,
            SampleCatalog.SEMAPHORE_DEADLOCK_DEMO,
            SampleCatalog.SYNC_METHOD_DEADLOCK_DEMO);
    for (SampleCatalog demo : demos) {
      assertThat(demo.expected().exitCode()).isEqualTo(86);
      assertThat(demo.agentOptions()).as(demo.sampleName()).contains("onDeadlock=exit");
      assertThat(demo.expected().statements(Statement.DEADLOCK)).hasSize(1);
    }
  }

  @Test
  void race_samples_say_which_race_mode_they_expect() {
    for (SampleCatalog sample : SampleCatalog.values()) {
      if (sample.mainClass().getPackageName().endsWith(".races")) {
        assertThat(sample.expected().statements(Statement.OPTION))
            .as("options %s expects in the report", sample.sampleName())
            .anySatisfy(option -> assertThat(option.args()).containsKey("races"));
      }
    }
  }

  @Test
  void jdk_samples_say_the_jdk_is_watched() {
    for (SampleCatalog sample : SampleCatalog.values()) {
      if (sample.mainClass().getPackageName().endsWith(".jdk")) {
        assertThat(sample.expected().statements(Statement.OPTION))
            .as("options %s expects in the report", sample.sampleName())
            .anySatisfy(option -> assertThat(option.args()).containsEntry("jdk", "on"));
      }
    }
  }

  @Test
  void race_detection_is_on_by_default() {
    assertThat(SampleCatalog.RACE_PRONE_BANK.agentOptions()).isEmpty();
    assertThat(SampleCatalog.RACE_PRONE_BANK.expected().statements(Statement.OPTION))
        .singleElement()
        .satisfies(option -> assertThat(option.args()).containsEntry("races", "on"));
  }

  @Test
  void every_twin_is_a_catalogued_sample_that_expects_a_race() {
    for (SampleCatalog sample : SampleCatalog.values()) {
      for (Expectation twin : sample.expected().statements(Statement.TWIN)) {
        assertThat(SampleCatalog.named(twin.arg("target")))
            .as("the twin of %s", sample)
            .get()
            .satisfies(
                other ->
                    assertThat(other.expected().statements(Statement.RACE))
                        .as("races %s expects", other)
                        .isNotEmpty());
      }
    }
  }

  @Test
  void the_catalog_reads_what_each_sample_expects_from_its_source() {
    assertThat(SampleCatalog.UNORDERED_LOCKING.expected().statements(Statement.CYCLE))
        .singleElement()
        .satisfies(cycle -> assertThat(cycle.args()).containsEntry("kind", "deadlock"));
    ExpectedRun semaphore = SampleCatalog.SEMAPHORE_LOCK_CYCLE.expected();
    assertThat(semaphore.statements(Statement.CYCLE)).hasSize(1);
    assertThat(semaphore.statements(Statement.HAZARD))
        .singleElement()
        .satisfies(h -> assertThat(h.arg("kind")).isEqualTo("Semaphore.acquire"));
    assertThat(SampleCatalog.GATE_LOCKED_ORDER.expected().statements(Statement.FILTERED))
        .singleElement()
        .satisfies(f -> assertThat(f.arg("by")).isEqualTo("gateLock"));
    assertThat(SampleCatalog.REAL_DEADLOCK_DEMO.expected().statements(Statement.DEADLOCK))
        .singleElement()
        .satisfies(d -> assertThat(d.arg("detectedBy")).isEqualTo("jvm"));
    assertThat(SampleCatalog.RACE_PRONE_BANK_RACES_OFF.sampleName())
        .isEqualTo("RaceProneBank-racesOff");
    assertThat(SampleCatalog.RACE_PRONE_BANK_RACES_OFF.expected().expectsNothing()).isTrue();
    assertThat(SampleCatalog.PREDICT_ONLY_RACE_PREDICTED.expected().expectsNothing()).isTrue();
    assertThat(SampleCatalog.AUDIT_LOCK_HIDES_RACE_PREDICTED.expected().statements(Statement.RACE))
        .singleElement()
        .satisfies(r -> assertThat(r.arg("observed")).isEqualTo("false"));
  }

  @Test
  void site_statements_sit_on_lines_of_code_and_no_sample_repeats_a_site_marker() {
    for (SampleCatalog sample : SampleCatalog.values()) {
      SourceFile source = SourceFile.of(sample.mainClass());
      for (Expectation site : sample.expected().statements()) {
        if (site.statement().isAboutItsLine()) {
          String line = source.lines().get(site.line().line() - 1).strip();
          assertThat(line).as("the line of %s", site).doesNotStartWith("//").doesNotStartWith("*");
        }
      }
      SourceMarkers.all(source)
          .forEach(
              (name, lines) ->
                  assertThat(lines)
                      .as("lines of @site:%s in %s", name, sample.sampleName())
                      .hasSize(1));
    }
  }
}
