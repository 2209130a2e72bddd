package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.List;

/**
 * The fix for {@link SharedListIteration}: both the {@code add} and the whole loop hold the
 * roster's monitor.
 *
 * <p>Lockwatch should find nothing.
 */
public final class SharedListGuarded {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldsTracked>=1,fieldAccesses>=2)
  // @expect:twin(target=SharedListIteration)

  /** The names of a team, in a plain list guarded by the roster's monitor. */
  static final class Roster {
    final List<String> names = new ArrayList<>();
  }

  private SharedListGuarded() {}

  public static void main(String[] args) throws InterruptedException {
    Roster roster = new Roster();
    int[] printed = new int[1];
    Thread joiner =
        new Thread(
            () -> {
              synchronized (roster) {
                roster.names.add("ada");
              }
            },
            "joiner");
    Thread printer =
        new Thread(
            () -> {
              Threads.pause(20);
              synchronized (roster) {
                for (String name : roster.names) {
                  printed[0] += name.length();
                }
              }
            },
            "printer");
    Threads.runTogether(joiner, printer);
    System.out.println("SharedListGuarded: done, printed " + printed[0] + " characters");
  }
}
