package io.lockwatch.compat.drivers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * H2, in memory: several client threads, each with its own connection, move money between accounts
 * in transactions (two updates, an insert, a select), retrying a transaction that H2 rolls back for
 * a lock conflict. Rows are updated in id order, so there is no deadlock to retry.
 *
 * <p>Prints only what timing cannot change: the final total, the number of transfers and the sum of
 * the amounts (each thread draws its transfers from its own seeded random).
 */
public final class H2Driver {
  private static final String URL = "jdbc:h2:mem:compat;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  private static final int ACCOUNTS = 40;
  private static final long OPENING_BALANCE = 1_000;
  private static final int THREADS = 4;
  private static final int TRANSFERS_PER_THREAD = 150;

  private H2Driver() {}

  public static void main(String[] args) throws Exception {
    try (Connection setup = DriverManager.getConnection(URL, "sa", "")) {
      try (Statement sql = setup.createStatement()) {
        sql.execute("CREATE TABLE account (id INT PRIMARY KEY, balance BIGINT NOT NULL)");
        sql.execute(
            "CREATE TABLE transfer (id BIGINT AUTO_INCREMENT PRIMARY KEY, worker INT NOT NULL,"
                + " source INT NOT NULL, target INT NOT NULL, amount BIGINT NOT NULL)");
        sql.execute("CREATE INDEX transfer_worker ON transfer(worker)");
      }
      try (PreparedStatement insert =
          setup.prepareStatement("INSERT INTO account (id, balance) VALUES (?, ?)")) {
        for (int id = 0; id < ACCOUNTS; id++) {
          insert.setInt(1, id);
          insert.setLong(2, OPENING_BALANCE);
          insert.executeUpdate();
        }
      }

      AtomicLong badSums = new AtomicLong();
      Workers.run(
          "h2-client",
          THREADS,
          worker -> {
            try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
              connection.setAutoCommit(false);
              Random random = new Random(1_000 + worker);
              for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                int a = random.nextInt(ACCOUNTS);
                int b = (a + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                long amount = 1 + random.nextInt(50);
                transfer(connection, worker, a, b, amount, i % 25 == 0 ? badSums : null);
              }
            }
          });

      try (Statement sql = setup.createStatement()) {
        long total = single(sql, "SELECT SUM(balance) FROM account");
        long transfers = single(sql, "SELECT COUNT(*) FROM transfer");
        long amounts = single(sql, "SELECT SUM(amount) FROM transfer");
        long perWorker =
            single(sql, "SELECT COUNT(DISTINCT worker) FROM transfer WHERE amount > 0");
        Workers.check(total == ACCOUNTS * OPENING_BALANCE, "money is conserved: " + total);
        Workers.check(
            badSums.get() == 0, "every in-transaction sum was " + ACCOUNTS * OPENING_BALANCE);
        System.out.printf(
            "H2Driver: accounts=%d total=%d transfers=%d amountSum=%d workers=%d%n",
            ACCOUNTS, total, transfers, amounts, perWorker);
        sql.execute("SHUTDOWN");
      }
    }
    System.out.println("H2Driver: ok");
  }

  /** One transfer in its own transaction, retried while H2 rolls it back for a conflict. */
  private static void transfer(
      Connection connection, int worker, int from, int to, long amount, AtomicLong badSums)
      throws SQLException {
    int first = Math.min(from, to);
    int second = Math.max(from, to);
    for (int attempt = 1; ; attempt++) {
      try {
        try (PreparedStatement update =
            connection.prepareStatement("UPDATE account SET balance = balance + ? WHERE id = ?")) {
          // Lock the rows in id order, whichever way the money goes.
          update.setLong(1, first == from ? -amount : amount);
          update.setInt(2, first);
          update.executeUpdate();
          update.setLong(1, second == from ? -amount : amount);
          update.setInt(2, second);
          update.executeUpdate();
        }
        try (PreparedStatement log =
            connection.prepareStatement(
                "INSERT INTO transfer (worker, source, target, amount) VALUES (?, ?, ?, ?)")) {
          log.setInt(1, worker);
          log.setInt(2, from);
          log.setInt(3, to);
          log.setLong(4, amount);
          log.executeUpdate();
        }
        if (badSums != null) {
          try (Statement sql = connection.createStatement()) {
            if (single(sql, "SELECT SUM(balance) FROM account") != ACCOUNTS * OPENING_BALANCE) {
              badSums.incrementAndGet();
            }
          }
        }
        connection.commit();
        return;
      } catch (SQLException conflict) {
        connection.rollback();
        if (attempt >= 50 || !isRetryable(conflict)) {
          throw conflict;
        }
      }
    }
  }

  /** Lock timeout, deadlock or concurrent update: H2 rolled the statement back; try again. */
  private static boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("40") || state.equals("HYT00"));
  }

  private static long single(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
