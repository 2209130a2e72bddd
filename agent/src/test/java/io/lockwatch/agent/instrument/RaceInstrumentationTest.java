package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.bridge.Hooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The race instrumentation on real code: array elements named by what holds them, calls with a
 * contract reported around them (and map functions wrapped), handlers that may catch an interrupt,
 * lock method references pointed at the bridge. The fixture is rewritten with races on, run, and
 * every event checked with its line.
 */
class RaceInstrumentationTest {
  private static final String FIXTURES = "io.lockwatch.agent.instrument.fixtures.";

  private final SiteRegistry sites = new SiteRegistry();
  private final FieldRegistry fields = new FieldRegistry();
  private final AgentErrors errors = new AgentErrors();
  private RecordingSink sink;
  private Object fixture;

  @BeforeEach
  void load() throws Exception {
    LockingTransformer transformer = RewritingLoader.transformer(sites, fields, true, errors);
    ClassLoader loader =
        RewritingLoader.ofPrefix(transformer, getClass().getClassLoader(), FIXTURES);
    fixture = loader.loadClass(FIXTURES + "RaceFixtures").getConstructor().newInstance();
    sink = new RecordingSink(sites, fields, owner -> owner == null ? "class" : "it");
    Hooks.install(sink);
  }

  @AfterEach
  void uninstall() {
    Hooks.install(new RecordingSink(sites, fields, owner -> "after the test"));
  }

  private Object run(String method) throws Exception {
    sink.events.clear();
    return fixture.getClass().getMethod(method).invoke(fixture);
  }

  @Test
  void array_elements_are_reported_with_the_name_of_what_holds_them() throws Exception {
    assertThat(run("arrays")).isEqualTo(5);
    assertThat(sink.events)
        .filteredOn(e -> e.startsWith("load ") || e.startsWith("store "))
        .containsExactly(
            "store counts[] [1] @" + line("array-field-store"),
            "load counts[] [1] @" + line("array-field-load"),
            "store arrays:new int[] [2] @" + line("array-alloc-store"),
            "load totals[] [0] @" + line("array-static"),
            "load arrays:new int[] [2] @" + line("array-static"),
            "store totals[] [0] @" + line("array-static"),
            "load arrays:new long[][] [1] @" + line("array-grid"),
            "store arrays:new long[][] row [0] @" + line("array-grid"));
    assertThat(errors.total()).isZero();
  }

  @Test
  void calls_with_a_contract_are_reported_before_and_after_and_plain_ones_are_not()
      throws Exception {
    assertThat(run("contracts")).isEqualTo(1);
    assertThat(sink.events)
        .filteredOn(e -> !e.startsWith("read ") && !e.startsWith("write "))
        .containsExactly(
            "before put k @" + line("map-put"),
            "after put k empty",
            "before get k @" + line("map-get"),
            "after get k found",
            "before computeIfAbsent new @" + line("map-compute"),
            "before (mapping function) new @" + line("map-compute"),
            "after (mapping function) new found",
            "after computeIfAbsent new found",
            "before incrementAndGet @" + line("atomic"),
            "after incrementAndGet found");
  }

  @Test
  void field_updaters_and_field_handles_are_reported_with_their_field_and_keep_working()
      throws Exception {
    assertThat(run("fieldHandles")).as("the private field's updater still works").isEqualTo(5);
    assertThat(sink.events)
        .filteredOn(e -> e.startsWith("handle ") || e.startsWith("offset "))
        .containsExactly(
            "handle RaceFixtures.state",
            "handle RaceFixtures$Sub.state",
            "handle RaceFixtures.generation static",
            "offset RaceFixtures.plain");
    assertThat(errors.total()).isZero();
  }

  @Test
  void a_handler_that_catches_an_interrupt_reports_it() throws Exception {
    assertThat(run("interrupts")).isEqualTo(true);
    assertThat(sink.events)
        .containsSubsequence(
            "before interrupt @" + line("interrupt"), "after (InterruptedException caught) found");
  }

  @Test
  void method_references_to_lock_methods_reach_the_lock_hooks() throws Exception {
    run("references");
    assertThat(sink.events)
        .containsExactly(
            "requested it mode=0 @" + line("lock-reference"),
            "acquired it mode=0 @" + line("lock-reference"),
            "released it");
  }

  @Test
  void a_field_read_on_a_null_receiver_is_no_access_at_all() throws Exception {
    assertThat(run("nullReceiver")).isEqualTo(-1);
    assertThat(sink.events).noneMatch(e -> e.startsWith("read plain"));
  }

  private static int line(String marker) throws IOException {
    Path source = Path.of("src/test/java/io/lockwatch/agent/instrument/fixtures/RaceFixtures.java");
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("// @line:" + marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("marker " + marker + " not found");
  }
}
