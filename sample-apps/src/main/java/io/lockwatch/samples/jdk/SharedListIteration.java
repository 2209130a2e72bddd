package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain {@code ArrayList} shared without a lock: the joiner adds names, the printer iterates the
 * list with a for-each loop (its iterator reads the list). A {@code ArrayList} is not thread-safe:
 * an iteration that overlaps an {@code add} can throw {@code ConcurrentModificationException} or
 * miss elements.
 *
 * <p>Lockwatch should report exactly one unguarded field, the list's state, between the {@code add}
 * and the loop's iterator. The fix is {@link SharedListGuarded}.
 */
public final class SharedListIteration {
  // @expect:race(field="SharedListIteration$Roster.names (java.util.ArrayList)",observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** The names of a team, in a plain list. */
  static final class Roster {
    final List<String> names = new ArrayList<>();
  }

  private SharedListIteration() {}

  public static void main(String[] args) throws InterruptedException {
    Roster roster = new Roster();
    int[] printed = new int[1];
    Thread joiner = new Thread(() -> roster.names.add("ada"), "joiner"); // @expect:race-write(
    //     thread=joiner,locks=none)
    Thread printer =
        new Thread(
            () -> {
              Threads.pause(20);
              for (String name : roster.names) { // @expect:race-read(thread=printer,locks=none)
                printed[0] += name.length();
              }
            },
            "printer");
    Threads.runTogether(joiner, printer);
    System.out.println("SharedListIteration: done, printed " + printed[0] + " characters");
  }
}
