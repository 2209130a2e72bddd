package io.lockwatch.agent.runtime.hb;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the contract table does exactly what its effect bits say, one test case per row: a
 * row that publishes is seen by an observing call of its family on the same item, a row that does
 * not publish is not; a row that observes learns what a publishing call of its family released
 * (only when its outcome condition holds), a row that does not observe learns nothing. Whether a
 * row's bits match the JDK's javadoc is {@link ContractRowsTest}'s business, family by family; this
 * one makes sure no row, however rarely called, is wired to the wrong clock or none. Rows about the
 * end of a thread ({@code isAlive}) order through the thread's final clock instead, and are tested
 * there.
 */
class ContractEffectsTest {
  /** A row: its family, method, argument count (-1: any) and contract. */
  record Row(int family, String name, int arity, int contract) {
    int code() {
      return Contracts.code(family, name, arity);
    }

    boolean publishes() {
      return (Contracts.effects(contract) & (Contracts.RELEASE_BEFORE | Contracts.RELEASE_AFTER))
          != 0;
    }

    boolean observes() {
      return (Contracts.effects(contract) & (Contracts.ACQUIRE_BEFORE | Contracts.ACQUIRE_AFTER))
          != 0;
    }

    /** An outcome under which the part after the call applies. */
    boolean holdingOutcome() {
      return Contracts.holds(contract, true);
    }

    boolean conditional() {
      return Contracts.holds(contract, true) != Contracts.holds(contract, false);
    }

    @Override
    public String toString() {
      return "family " + family + " " + name + (arity < 0 ? "" : "/" + arity);
    }
  }

  private final HappensBefore hb =
      new HappensBefore(
          new LockTable(new SiteRegistry(), new LockClasses(), node -> {}), new LockClocks());
  private final ThreadClock first = new ThreadClock(0);
  private final ThreadClock second = new ThreadClock(1);
  private final long firstsPast = first.epoch();

  /** One object, key and index for every call: both threads touch the same item. */
  private final Thread target = new Thread(() -> {});

  private final Object key = new Object();

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int family = 0; family < Contracts.FAMILIES; family++) {
      int[] any = Contracts.ANY_ARITY[family];
      int[] exact = Contracts.BY_ARITY[family];
      for (int number = 0; any != null && number < Contracts.NAME_LIST.size(); number++) {
        String name = Contracts.NAME_LIST.get(number);
        if (number < any.length && any[number] != 0) {
          int arity = arityNotOverridden(exact, number);
          if (arity >= 0) {
            rows.add(new Row(family, name, arity, any[number]));
          }
        }
        for (int arity = 0; arity < Contracts.ARITIES; arity++) {
          int index = number * Contracts.ARITIES + arity;
          if (index < exact.length && exact[index] != 0) {
            rows.add(new Row(family, name, arity, exact[index]));
          }
        }
      }
    }
    return rows.stream().filter(row -> !Contracts.ended(row.contract()));
  }

  /** An argument count at which the any-arity row applies (no exact row overrides it); -1: none. */
  private static int arityNotOverridden(int[] exact, int number) {
    for (int arity = 0; arity < Contracts.ARITIES; arity++) {
      int index = number * Contracts.ARITIES + arity;
      if (index >= exact.length || exact[index] == 0) {
        return arity;
      }
    }
    return -1;
  }

  /** The family's plainest publishing row (not about every item, unconditional if it can). */
  private static Row probe(int family, boolean publishing) {
    return rows()
        .filter(row -> row.family() == family)
        .filter(row -> publishing ? row.publishes() : row.observes())
        .filter(row -> !Contracts.whole(row.contract()))
        .min((a, b) -> Boolean.compare(a.conditional(), b.conditional()))
        .orElseThrow(() -> new AssertionError("family " + family + " has no probe"));
  }

  private void call(ThreadClock thread, Row row, boolean outcome) {
    hb.call(thread, target, key, 1, row.code(), false, true);
    hb.call(thread, target, key, 1, row.code(), true, outcome);
  }

  @Test
  void the_table_has_the_rows_of_every_family() {
    assertThat(rows().count()).isGreaterThan(150);
    for (int family = Contracts.ATOMIC; family < Contracts.FAMILIES; family++) {
      int f = family;
      assertThat(rows().anyMatch(row -> row.family() == f)).as("rows of family %d", f).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_row_is_seen_by_an_observer_exactly_when_it_publishes(Row row) {
    call(first, row, row.holdingOutcome());
    Row observer = probe(row.family(), false);
    call(second, observer, observer.holdingOutcome());
    assertThat(second.knows(firstsPast)).as("%s then %s", row, observer).isEqualTo(row.publishes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_row_learns_what_a_publisher_released_exactly_when_it_observes(Row row) {
    Row publisher = probe(row.family(), true);
    call(first, publisher, publisher.holdingOutcome());
    call(second, row, row.holdingOutcome());
    assertThat(second.knows(firstsPast)).as("%s then %s", publisher, row).isEqualTo(row.observes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_conditional_row_learns_nothing_when_its_condition_fails(Row row) {
    if (!row.conditional() || (Contracts.effects(row.contract()) & Contracts.ACQUIRE_BEFORE) != 0) {
      return; // nothing after the call depends on the outcome
    }
    Row publisher = probe(row.family(), true);
    call(first, publisher, publisher.holdingOutcome());
    call(second, row, !row.holdingOutcome());
    assertThat(second.knows(firstsPast)).as("%s then %s, failed", publisher, row).isFalse();
  }
}
