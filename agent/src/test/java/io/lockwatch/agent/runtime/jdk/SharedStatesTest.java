package io.lockwatch.agent.runtime.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Vector;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Which JDK objects are watched, what their views reach, and how their state is named. */
class SharedStatesTest {
  private final FieldRegistry fields = new FieldRegistry();
  private final SiteRegistry sites = new SiteRegistry();
  private final SharedStates states = new SharedStates(fields, sites);

  @Test
  void the_documented_non_thread_safe_classes_are_watched_and_thread_safe_ones_not() {
    for (Object watched :
        List.of(
            new HashMap<>(),
            new TreeMap<>(),
            new ArrayList<>(),
            new BitSet(),
            new StringBuilder(),
            new SimpleDateFormat("yyyy"),
            new DecimalFormat("#"))) {
      assertThat(SharedStates.watches(watched.getClass()))
          .as(watched.getClass().getName())
          .isTrue();
    }
    for (Object safe :
        List.of(new ConcurrentHashMap<>(), new Vector<>(), new StringBuffer(), new Object())) {
      assertThat(SharedStates.watches(safe.getClass())).as(safe.getClass().getName()).isFalse();
      assertThat(states.rootOf(safe)).isNull();
    }
  }

  @Test
  void views_and_iterators_reach_the_object_they_came_from_through_each_other() {
    Map<String, Integer> map = new HashMap<>(Map.of("a", 1));
    Set<String> keys = map.keySet();
    Iterator<String> iterator = keys.iterator();
    assertThat(states.rootOf(iterator)).as("before it is linked").isNull();
    states.link(keys, map);
    states.link(iterator, keys);
    assertThat(states.rootOf(iterator)).isSameAs(map);
    assertThat(states.rootOf(keys)).isSameAs(map);
    assertThat(states.rootOf(map)).isSameAs(map);
  }

  @Test
  void a_view_of_an_unwatched_object_links_to_nothing() {
    Map<String, Integer> concurrent = new ConcurrentHashMap<>(Map.of("a", 1));
    Set<String> keys = concurrent.keySet();
    states.link(keys, concurrent);
    assertThat(states.rootOf(keys)).isNull();
  }

  @Test
  void the_state_is_named_by_the_field_at_its_first_call_and_objects_of_one_field_share_it() {
    int field =
        sites.register("com.example.Shop", "sell", "Shop.java", 12, "field com.example.Shop.stock");
    int first = states.variableOf(new HashMap<>(), field);
    int second = states.variableOf(new HashMap<>(), field);
    assertThat(second).isEqualTo(first);
    assertThat(fields.get(first).qualifiedName())
        .isEqualTo("com.example.Shop.stock (java.util.HashMap)");
    assertThat(fields.get(states.variableOf(new TreeMap<>(), field)).qualifiedName())
        .as("another type in the same field")
        .isEqualTo("com.example.Shop.stock (java.util.TreeMap)");
  }

  @Test
  void without_a_field_the_state_is_named_by_its_variable_or_its_place() {
    int local =
        sites.register("com.example.Shop", "lambda$main$0", "Shop.java", 30, "local variable m");
    int other = sites.register("com.example.Shop", "run", "Shop.java", 44, "result of x.get()");
    Object map = new HashMap<>();
    assertThat(fields.get(states.variableOf(map, local)).qualifiedName())
        .isEqualTo("com.example.Shop.main:m (java.util.HashMap)");
    assertThat(states.variableOf(map, other))
        .as("fixed at the first call")
        .isEqualTo(states.variableOf(map, local));
    assertThat(fields.get(states.variableOf(new ArrayList<>(), other)).qualifiedName())
        .isEqualTo("com.example.Shop.run@44 (java.util.ArrayList)");
  }

  @Test
  void a_lambda_is_named_after_the_method_it_is_in() {
    assertThat(SharedStates.enclosingMethod("lambda$main$0")).isEqualTo("main");
    assertThat(SharedStates.enclosingMethod("lambda$")).isEqualTo("lambda$");
    assertThat(SharedStates.enclosingMethod("run")).isEqualTo("run");
  }
}
