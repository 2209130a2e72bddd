package io.lockwatch.bench.workloads;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Workload 5: a real application that locks a lot internally: the H2 database, in memory, shared by
 * several client threads, each with its own connection. An operation is one of: a point select
 * (45%), an update of one account (25%), an insert into an event log (15%), a range aggregate over
 * 50 accounts (10%), or a two-account transfer in one transaction (5%, rows locked in id order).
 * Args: {@code --threads N --warmup S --seconds S --accounts N}.
 */
public final class H2Clients {
  private static final String URL =
      "jdbc:h2:mem:lockwatch-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int threads = args.integer("threads", 4);
    int accounts = args.integer("accounts", 10_000);
    try (Connection setup = DriverManager.getConnection(URL, "sa", "")) {
      try (Statement s = setup.createStatement()) {
        s.execute(
            "CREATE TABLE accounts(id INT PRIMARY KEY, owner VARCHAR(40) NOT NULL,"
                + " balance BIGINT NOT NULL, updated BIGINT NOT NULL)");
        s.execute(
            "CREATE TABLE events(id BIGINT AUTO_INCREMENT PRIMARY KEY, account INT NOT NULL,"
                + " amount BIGINT NOT NULL, note VARCHAR(64))");
        s.execute("CREATE INDEX events_account ON events(account)");
      }
      setup.setAutoCommit(false);
      try (PreparedStatement insert =
          setup.prepareStatement("INSERT INTO accounts VALUES (?, ?, ?, 0)")) {
        for (int i = 0; i < accounts; i++) {
          insert.setInt(1, i);
          insert.setString(2, "owner-" + i);
          insert.setLong(3, 1_000_000);
          insert.addBatch();
          if (i % 1000 == 999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      setup.commit();

      Control.Outcome out =
          Control.run(
              threads,
              args.decimal("warmup", 4),
              args.decimal("seconds", 8),
              (index, meter) -> client(index, meter, accounts),
              i -> true);

      long total;
      try (Statement s = setup.createStatement();
          ResultSet rs = s.executeQuery("SELECT SUM(balance) FROM accounts")) {
        rs.next();
        total = rs.getLong(1);
      }
      if (total == 0) {
        throw new IllegalStateException("empty accounts table");
      }
      try (Statement s = setup.createStatement()) {
        s.execute("SHUTDOWN");
      }
      Output.finish("h2", threads, out.ops(), out.seconds());
    }
  }

  private static void client(int index, Control.Meter meter, int accounts) throws SQLException {
    Control.Rng rng = new Control.Rng(index * 15485863L + 11);
    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        PreparedStatement select =
            c.prepareStatement("SELECT owner, balance FROM accounts WHERE id = ?");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE accounts SET balance = balance + ?, updated = ? WHERE id = ?");
        PreparedStatement log =
            c.prepareStatement("INSERT INTO events(account, amount, note) VALUES (?, ?, ?)");
        PreparedStatement range =
            c.prepareStatement(
                "SELECT COUNT(*), SUM(balance) FROM accounts WHERE id BETWEEN ? AND ?")) {
      long sink = 0;
      long n = 0;
      do {
        int kind = rng.next(100);
        int id = rng.next(accounts);
        if (kind < 45) {
          select.setInt(1, id);
          try (ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
              sink += rs.getLong(2) + rs.getString(1).length();
            }
          }
        } else if (kind < 70) {
          update.setLong(1, rng.next(200) - 100);
          update.setLong(2, ++n);
          update.setInt(3, id);
          update.executeUpdate();
        } else if (kind < 85) {
          log.setInt(1, id);
          log.setLong(2, rng.next(1000));
          log.setString(3, "client-" + index);
          log.executeUpdate();
        } else if (kind < 95) {
          int from = Math.min(id, accounts - 50);
          range.setInt(1, from);
          range.setInt(2, from + 49);
          try (ResultSet rs = range.executeQuery()) {
            rs.next();
            sink += rs.getLong(1) + rs.getLong(2);
          }
        } else {
          int other = rng.next(accounts);
          long amount = rng.next(100);
          c.setAutoCommit(false);
          try {
            update.setLong(1, -amount);
            update.setLong(2, ++n);
            update.setInt(3, Math.min(id, other));
            update.executeUpdate();
            update.setLong(1, amount);
            update.setLong(2, n);
            update.setInt(3, Math.max(id, other));
            update.executeUpdate();
            c.commit();
          } catch (SQLException e) {
            c.rollback();
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
        }
      } while (meter.add(1));
      if (sink == 42) {
        System.out.print("");
      }
    }
  }
}
