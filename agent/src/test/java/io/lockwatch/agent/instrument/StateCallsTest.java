package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.bridge.JdkHooks;
import io.lockwatch.bridge.JdkSink;
import io.lockwatch.bridge.StateHooks;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's calls on JDK objects that are not thread-safe: which calls are reads, writes
 * and views (the table), and what the rewritten fixtures report when they run, with each call's
 * line and the expression that held its receiver.
 */
class StateCallsTest {
  private static final String FIXTURES = "io.lockwatch.agent.instrument.fixtures.";

  private final SiteRegistry sites = new SiteRegistry();
  private final List<String> events = new ArrayList<>();
  private final Map<Object, String> names = new IdentityHashMap<>();
  private Object fixtures;

  @BeforeEach
  void load() throws Exception {
    LockingTransformer transformer =
        new LockingTransformer(
            new ClassFilter(List.of(), List.of()),
            new RewriteStores(
                sites, new FieldRegistry(), new RuntimeCounters(), new AgentErrors(), null),
            true,
            true,
            true);
    ClassLoader loader =
        RewritingLoader.ofPrefix(transformer, getClass().getClassLoader(), FIXTURES);
    fixtures = loader.loadClass(FIXTURES + "StateFixtures").getConstructor().newInstance();
    JdkHooks.install(new Recording());
  }

  @AfterEach
  void uninstall() {
    JdkHooks.install(new Recording());
  }

  @Test
  void calls_are_read_or_written_by_name_and_views_are_derived_by_return_type() {
    assertThat(StateCalls.kindOf(Opcodes.INVOKEINTERFACE, "java/util/Map", "put"))
        .isEqualTo(StateCalls.Kind.WRITE);
    assertThat(StateCalls.kindOf(Opcodes.INVOKEINTERFACE, "java/util/Map", "get"))
        .isEqualTo(StateCalls.Kind.READ);
    assertThat(StateCalls.kindOf(Opcodes.INVOKEINTERFACE, "java/util/Iterator", "remove"))
        .isEqualTo(StateCalls.Kind.WRITE);
    assertThat(StateCalls.kindOf(Opcodes.INVOKEVIRTUAL, "java/text/SimpleDateFormat", "format"))
        .isEqualTo(StateCalls.Kind.WRITE);
    assertThat(StateCalls.kindOf(Opcodes.INVOKEVIRTUAL, "java/text/DateFormat", "setLenient"))
        .isEqualTo(StateCalls.Kind.WRITE);
    assertThat(StateCalls.kindOf(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "length"))
        .isEqualTo(StateCalls.Kind.READ);
    assertThat(StateCalls.kindOf(Opcodes.INVOKESTATIC, "java/util/List", "of")).isNull();
    assertThat(StateCalls.kindOf(Opcodes.INVOKEVIRTUAL, "java/util/HashMap", "getClass")).isNull();
    assertThat(StateCalls.kindOf(Opcodes.INVOKEVIRTUAL, "com/example/Cache", "put")).isNull();
    assertThat(StateCalls.returnsView("()Ljava/util/Set;")).isTrue();
    assertThat(StateCalls.returnsView("(II)Ljava/util/List;")).isTrue();
    assertThat(StateCalls.returnsView("(Ljava/lang/Object;)Ljava/lang/Object;")).isFalse();
  }

  @Test
  void map_calls_report_their_receiver_named_by_its_field_and_the_key_set_and_its_iterator()
      throws Exception {
    assertThat(run("mapCalls")).isEqualTo(306);
    assertThat(events)
        .containsExactly(
            "write stock @" + line("put"),
            "read stock @" + line("get"),
            "read stock @" + line("keys"),
            "derived keys from stock",
            "read keys @" + line("keys"),
            "derived iterator from keys",
            "read iterator @" + line("keys"),
            "read iterator @" + line("keys"),
            "read iterator @" + line("keys"));
    assertThat(siteAt("put").lockExpression())
        .isEqualTo("field " + FIXTURES + "StateFixtures.stock");
  }

  @Test
  void a_local_list_is_named_by_its_variable_and_every_argument_shape_survives_the_spill()
      throws Exception {
    assertThat(run("localList")).isEqualTo(3);
    assertThat(events)
        .containsExactly(
            "write names @" + line("local-add"),
            "write names @" + line("local-add-all"),
            "read names @" + line("local-size"));
    assertThat(siteAt("local-size").lockExpression()).isEqualTo("local variable names");
  }

  @Test
  void formats_and_builders_are_watched_too() throws Exception {
    assertThat(run("builderAndFormat")).isEqualTo("4!");
    assertThat(events)
        .containsExactly(
            "write STAMP @" + line("format"),
            "write text @" + line("format"),
            "write text @" + line("builder"),
            "read text @" + line("builder"));
  }

  @Test
  void every_hook_the_state_calls_emit_is_a_public_static_bridge_method() throws Exception {
    Set<String> published = new java.util.HashSet<>();
    for (Method m : StateHooks.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
        published.add(m.getName() + Type.getMethodDescriptor(m));
      }
    }
    assertThat(published)
        .containsExactlyInAnyOrder(
            "read(Ljava/lang/Object;I)V",
            "write(Ljava/lang/Object;I)V",
            "derived(Ljava/lang/Object;Ljava/lang/Object;)V");
  }

  /** Names objects by what they are in the fixtures, as the events come. */
  private String nameOf(Object target) {
    return names.computeIfAbsent(
        target,
        t -> {
          if (t instanceof java.text.DateFormat) {
            return "STAMP";
          }
          if (t instanceof StringBuilder) {
            return "text";
          }
          if (t instanceof java.util.Map) {
            return "stock";
          }
          if (t instanceof java.util.Iterator) {
            return "iterator";
          }
          if (t instanceof java.util.Set) {
            return "keys";
          }
          return "names";
        });
  }

  private Object run(String method) throws Exception {
    return fixtures.getClass().getMethod(method).invoke(fixtures);
  }

  private SiteInfo siteAt(String marker) throws IOException {
    return FixtureLines.siteAt(sites, line(marker));
  }

  private static int line(String marker) throws IOException {
    return FixtureLines.line("StateFixtures.java", marker);
  }

  /** Writes each state event as a line; ignores every other event. */
  private final class Recording extends JdkSink.Ignoring {
    @Override
    public void stateAccess(Object target, int site, boolean write) {
      events.add((write ? "write " : "read ") + nameOf(target) + " @" + sites.get(site).line());
    }

    @Override
    public void derived(Object view, Object source) {
      events.add("derived " + nameOf(view) + " from " + nameOf(source));
    }
  }
}
