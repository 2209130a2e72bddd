package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.numbered;
import static io.lockwatch.samples.SampleThreads.runTogether;

/**
 * The lost update: several tellers withdraw from one account without a lock. Each reads the
 * balance, pauses (the "processing time"), and writes back the balance it computed, overwriting
 * what the others wrote meanwhile. The final balance is usually too high.
 *
 * <p>Lockwatch ({@code races=on}, the default) should report exactly one unguarded field, {@code
 * RaceProneBank$Account.balance}, with {@code observedRace} true: two accesses from different
 * tellers, at least one a write, at the marked lines, each with no lock held. The race is reported
 * because the accesses are unordered by happens-before, whether or not they happened to collide in
 * time.
 */
public final class RaceProneBank {
  // @expect:race(field=RaceProneBank$Account.balance,observed=true,severity=high)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1)
  // @expect:none(run=racesOff)
  // @expect:option(races=off,run=racesOff)
  // @expect:summary(classesInstrumented>=1,run=racesOff)
  static final int TELLERS = 4;
  static final long START = 1_000;
  static final long AMOUNT = 100;

  /** A bank account with nothing guarding its balance. */
  static final class Account {
    long balance;

    Account(long balance) {
      this.balance = balance;
    }

    void withdraw(long amount) throws InterruptedException {
      long current = balance; // @expect:race-access(thread=teller-*,locks=none)
      Thread.sleep(1); // processing time: another teller reads the same balance meanwhile
      balance = current - amount; // @expect:race-access(thread=teller-*,locks=none)
    }
  }

  private RaceProneBank() {}

  public static void main(String[] args) throws InterruptedException {
    Account account = new Account(START);
    runTogether(numbered("teller-", TELLERS, () -> account.withdraw(AMOUNT)));
    System.out.println(
        "RaceProneBank: done, final balance "
            + account.balance
            + " (without the race it would be "
            + (START - TELLERS * AMOUNT)
            + ")");
  }
}
