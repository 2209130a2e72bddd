package io.lockwatch.compat.pekko;

import com.typesafe.config.ConfigFactory;
import io.lockwatch.compat.drivers.Workers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * A guardian spawns 50 account actors; 4 plain threads tell them deposits, the accounts forward a
 * share to a ledger actor that keeps a Scala immutable map, and asks collect the balances. Two
 * actors then play 2,000 rounds of ping-pong. Totals follow from the messages alone.
 */
public final class PekkoDriver {
  private static final int ACCOUNTS = 50;
  private static final int SENDERS = 4;
  private static final int DEPOSITS = 2_000;
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(30);

  private PekkoDriver() {}

  /** Starts the actor system, sends, asks, prints the totals, terminates. */
  public static void main(String[] args) throws Exception {
    ActorSystem<Bank.Command> system =
        ActorSystem.create(
            Bank.create(ACCOUNTS),
            "compat",
            ConfigFactory.parseString(
                    "pekko.loglevel = OFF\n"
                        + "pekko.stdout-loglevel = OFF\n"
                        + "pekko.log-dead-letters = off\n"
                        + "pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off\n")
                .withFallback(ConfigFactory.load()));
    try {
      List<ActorRef<Account.Command>> accounts =
          AskPattern.<Bank.Command, List<ActorRef<Account.Command>>>ask(
                  system, Bank.GetAccounts::new, ASK_TIMEOUT, system.scheduler())
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      Workers.run(
          "pekko-sender",
          SENDERS,
          worker -> {
            for (int i = 0; i < DEPOSITS; i++) {
              accounts.get((worker * 31 + i) % ACCOUNTS).tell(new Account.Deposit(i % 100 + 1));
            }
          });
      List<CompletableFuture<Long>> balances = new ArrayList<>();
      for (ActorRef<Account.Command> account : accounts) {
        balances.add(
            AskPattern.<Account.Command, Long>ask(
                    account, Account.GetBalance::new, ASK_TIMEOUT, system.scheduler())
                .toCompletableFuture());
      }
      long total = 0;
      for (CompletableFuture<Long> balance : balances) {
        total += balance.get(30, TimeUnit.SECONDS);
      }
      Ledger.Totals ledger =
          AskPattern.<Bank.Command, Ledger.Totals>ask(
                  system, Bank.GetLedger::new, ASK_TIMEOUT, system.scheduler())
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      Workers.check(ledger.entries() == (long) SENDERS * DEPOSITS, "ledger " + ledger);
      Integer rounds =
          AskPattern.<Bank.Command, Integer>ask(
                  system, reply -> new Bank.PingPong(2_000, reply), ASK_TIMEOUT, system.scheduler())
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      System.out.printf(
          "PekkoDriver: deposits=%d balance=%d ledgerAccounts=%d ledgerSum=%d pingPong=%d%n",
          SENDERS * DEPOSITS, total, ledger.accounts(), ledger.sum(), rounds);
    } finally {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    System.out.println("PekkoDriver: ok");
  }

  /** The guardian: spawns the accounts and the ledger, answers for them, runs ping-pong. */
  static final class Bank {
    private Bank() {}

    /** What the guardian understands. */
    interface Command {}

    record GetAccounts(ActorRef<List<ActorRef<Account.Command>>> replyTo) implements Command {}

    record GetLedger(ActorRef<Ledger.Totals> replyTo) implements Command {}

    record PingPong(int rounds, ActorRef<Integer> replyTo) implements Command {}

    static Behavior<Command> create(int accounts) {
      return Behaviors.setup(
          context -> {
            ActorRef<Ledger.Command> ledger = context.spawn(Ledger.create(), "ledger");
            List<ActorRef<Account.Command>> refs = new ArrayList<>();
            for (int i = 0; i < accounts; i++) {
              refs.add(context.spawn(Account.create("acct-" + i, ledger), "acct-" + i));
            }
            List<ActorRef<Account.Command>> all = List.copyOf(refs);
            int[] games = {0};
            return Behaviors.receive(Command.class)
                .onMessage(
                    GetAccounts.class,
                    message -> {
                      message.replyTo().tell(all);
                      return Behaviors.same();
                    })
                .onMessage(
                    GetLedger.class,
                    message -> {
                      ledger.tell(new Ledger.Get(message.replyTo()));
                      return Behaviors.same();
                    })
                .onMessage(
                    PingPong.class,
                    message -> {
                      ActorRef<Player.Ball> pong =
                          context.spawn(Player.create(), "pong-" + games[0]);
                      ActorRef<Player.Ball> ping =
                          context.spawn(Player.create(), "ping-" + games[0]);
                      games[0]++;
                      ping.tell(new Player.Ball(message.rounds(), pong, message.replyTo()));
                      return Behaviors.same();
                    })
                .build();
          });
    }
  }

  /** One account: a balance, changed only by its own messages. */
  static final class Account {
    private Account() {}

    /** What an account understands. */
    interface Command {}

    record Deposit(long amount) implements Command {}

    record GetBalance(ActorRef<Long> replyTo) implements Command {}

    static Behavior<Command> create(String name, ActorRef<Ledger.Command> ledger) {
      return balance(name, ledger, 0);
    }

    private static Behavior<Command> balance(
        String name, ActorRef<Ledger.Command> ledger, long balance) {
      return Behaviors.receive(Command.class)
          .onMessage(
              Deposit.class,
              deposit -> {
                ledger.tell(new Ledger.Entry(name, deposit.amount()));
                return balance(name, ledger, balance + deposit.amount());
              })
          .onMessage(
              GetBalance.class,
              get -> {
                get.replyTo().tell(balance);
                return Behaviors.same();
              })
          .build();
    }
  }

  /** Sums every deposit per account in a Scala immutable map. */
  static final class Ledger {
    private Ledger() {}

    /** What the ledger understands. */
    interface Command {}

    record Entry(String account, long amount) implements Command {}

    record Get(ActorRef<Totals> replyTo) implements Command {}

    /** What the ledger saw. */
    record Totals(long entries, int accounts, long sum) {}

    static Behavior<Command> create() {
      return state(new scala.collection.immutable.HashMap<>(), 0);
    }

    private static Behavior<Command> state(
        scala.collection.immutable.HashMap<String, Long> sums, long entries) {
      return Behaviors.receive(Command.class)
          .onMessage(
              Entry.class,
              entry -> {
                long before = sums.contains(entry.account()) ? sums.apply(entry.account()) : 0L;
                return state(sums.updated(entry.account(), before + entry.amount()), entries + 1);
              })
          .onMessage(
              Get.class,
              get -> {
                long sum = 0;
                scala.collection.Iterator<Long> values = sums.valuesIterator();
                while (values.hasNext()) {
                  sum += values.next();
                }
                get.replyTo().tell(new Totals(entries, sums.size(), sum));
                return Behaviors.same();
              })
          .build();
    }
  }

  /** One side of a ping-pong game: returns the ball until the rounds are played. */
  static final class Player {
    private Player() {}

    record Ball(int remaining, ActorRef<Ball> other, ActorRef<Integer> done) {}

    static Behavior<Ball> create() {
      return Behaviors.setup(
          context -> {
            int[] hits = {0};
            return Behaviors.receive(Ball.class)
                .onMessage(
                    Ball.class,
                    ball -> {
                      hits[0]++;
                      if (ball.remaining() == 0) {
                        ball.done().tell(hits[0]);
                      } else {
                        ball.other()
                            .tell(new Ball(ball.remaining() - 1, context.getSelf(), ball.done()));
                      }
                      return Behaviors.same();
                    })
                .build();
          });
    }
  }
}
