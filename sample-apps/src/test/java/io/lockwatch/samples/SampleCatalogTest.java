package io.lockwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.it.SourceMarkers;
import io.lockwatch.samples.it.TestPaths;
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
  @ValueSource(strings = {"lockorder", "primitives", "races"})
  void every_sample_of_a_family_is_in_the_catalog(String family) throws IOException {
    Path dir = TestPaths.samplesClasses().resolve("io/lockwatch/samples/" + family);
    Set<String> catalogued =
        Arrays.stream(SampleCatalog.values())
            .map(sample -> sample.mainClass().getName())
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> topLevel =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> "io.lockwatch.samples." + family + "." + name.replace(".class", ""))
              .collect(Collectors.toList());
      assertThat(topLevel).isNotEmpty();
      assertThat(catalogued).containsAll(topLevel);
    }
  }

  @Test
  void a_sample_that_does_not_end_by_itself_runs_with_on_deadlock_exit() {
    for (SampleCatalog sample : SampleCatalog.values()) {
      if (!sample.endsByItself()) {
        assertThat(sample.expected().exitCode()).isEqualTo(Expected.DEADLOCK_EXIT);
        assertThat(sample.agentOptions()).as(sample.sampleName()).contains("onDeadlock=exit");
        assertThat(sample.expected().count(ReportSection.OBSERVED_DEADLOCKS)).isEqualTo(1);
      }
    }
  }

  @Test
  void a_program_catalogued_twice_differs_in_its_options() {
    Map<Class<?>, List<SampleCatalog>> byClass =
        Arrays.stream(SampleCatalog.values())
            .collect(Collectors.groupingBy(SampleCatalog::mainClass));
    byClass.forEach(
        (mainClass, samples) ->
            assertThat(samples.stream().map(SampleCatalog::agentOptions))
                .as("options of the entries of %s", mainClass.getSimpleName())
                .doesNotHaveDuplicates());
  }

  @Test
  void race_samples_say_which_race_mode_they_expect() {
    for (SampleCatalog sample : SampleCatalog.values()) {
      if (sample.mainClass().getPackageName().endsWith(".races")) {
        assertThat(sample.expected().options())
            .as("options %s expects in the report", sample.sampleName())
            .containsKey("races");
      }
    }
  }

  @Test
  void expectations_count_every_section() {
    Expected unordered = SampleCatalog.UNORDERED_LOCKING.expected();
    assertThat(unordered.count(ReportSection.LOCK_ORDER_CYCLES)).isEqualTo(1);
    assertThat(unordered.count(ReportSection.UNGUARDED_FIELDS)).isZero();
    assertThat(unordered.with(ReportSection.WAIT_HAZARDS, 2).count(ReportSection.WAIT_HAZARDS))
        .isEqualTo(2);
    assertThat(SampleCatalog.GATE_LOCKED_ORDER.expected().filteredBy()).isEqualTo("gateLock");
    Expected cycle = SampleCatalog.SEMAPHORE_LOCK_CYCLE.expected();
    assertThat(cycle.count(ReportSection.LOCK_ORDER_CYCLES)).isEqualTo(1);
    assertThat(cycle.count(ReportSection.WAIT_HAZARDS)).isEqualTo(1);
    assertThat(cycle.cycleKind()).isEqualTo("deadlock");
    assertThat(cycle.waitKind()).isEqualTo("Semaphore.acquire");
    Expected demo = SampleCatalog.REAL_DEADLOCK_DEMO.expected();
    assertThat(demo.exitCode()).isEqualTo(86);
    assertThat(demo.detectedBy()).isEqualTo("jvm");
    assertThat(demo.count(ReportSection.LOCK_ORDER_CYCLES)).isEqualTo(1);
    assertThat(SampleCatalog.RACE_PRONE_BANK_RACES_OFF.sampleName())
        .isEqualTo("RaceProneBank-racesOff");
    assertThat(SampleCatalog.PREDICT_ONLY_RACE_PREDICTED.expected().observedRace()).isFalse();
  }

  @Test
  void no_sample_repeats_a_site_marker() {
    for (SampleCatalog sample : SampleCatalog.values()) {
      Map<String, List<Integer>> markers =
          SourceMarkers.all(SourceMarkers.sourceOf(sample.mainClass()));
      assertThat(markers).as("markers of %s", sample.sampleName()).isNotEmpty();
      markers.forEach(
          (name, lines) ->
              assertThat(lines)
                  .as("lines of @site:%s in %s", name, sample.sampleName())
                  .hasSize(1));
    }
  }
}
