package io.lockwatch.compat.hikaricp;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lockwatch.compat.drivers.Workers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A pool of 3 connections shared by 8 threads, each running 150 short transactions (insert a row,
 * add to a counter row, read it back); the final counts follow from the transactions alone.
 */
public final class HikariDriver {
  private static final int THREADS = 8;
  private static final int TRANSACTIONS = 150;

  private HikariDriver() {}

  /** Creates the schema, runs the clients, prints the totals. */
  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:hikari;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
    config.setUsername("sa");
    config.setMaximumPoolSize(3);
    config.setMinimumIdle(1);
    config.setPoolName("compat-pool");
    config.setConnectionTimeout(30_000);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("create table events(id int primary key, worker int, amount int)");
        s.execute("create table counters(worker int primary key, total bigint)");
        for (int w = 0; w < THREADS; w++) {
          s.execute("insert into counters values(" + w + ", 0)");
        }
      }
      Workers.run(
          "hikari-client",
          THREADS,
          worker -> {
            for (int i = 0; i < TRANSACTIONS; i++) {
              try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                int id = worker * TRANSACTIONS + i;
                try (PreparedStatement insert =
                        c.prepareStatement("insert into events values(?, ?, ?)");
                    PreparedStatement add =
                        c.prepareStatement(
                            "update counters set total = total + ? where worker = ?")) {
                  insert.setInt(1, id);
                  insert.setInt(2, worker);
                  insert.setInt(3, i % 17);
                  insert.executeUpdate();
                  add.setInt(1, i % 17);
                  add.setInt(2, worker);
                  add.executeUpdate();
                }
                c.commit();
              }
            }
          });
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement();
          ResultSet events = s.executeQuery("select count(*), sum(amount) from events")) {
        events.next();
        long rows = events.getLong(1);
        long amount = events.getLong(2);
        try (ResultSet totals = s.executeQuery("select sum(total) from counters")) {
          totals.next();
          Workers.check(totals.getLong(1) == amount, "counters " + totals.getLong(1));
        }
        System.out.printf("HikariDriver: events=%d amount=%d%n", rows, amount);
      }
    }
    System.out.println("HikariDriver: ok");
  }
}
