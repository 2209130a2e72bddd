package io.lockwatch.it.programs;

/**
 * An admin raises a limit with no lock, then counts an audit entry under {@code AUDIT}; a teller,
 * later (a sleep: no order), counts its own entry under {@code AUDIT} and reads the limit. The
 * sections share no field, so the order {@code AUDIT} gave the two is incidental: a predicted race.
 * With the argument {@code shared} both count in one shared log: the sections conflict and the
 * order holds in every reordering.
 */
public final class AuditedLimit {
  static final Object AUDIT = new Object();
  static int limit = 100;
  static int shared;
  static int adminOwn;
  static int tellerOwn;

  private AuditedLimit() {}

  public static void main(String[] args) throws InterruptedException {
    boolean conflicting = args.length > 0 && args[0].equals("shared");
    Thread admin =
        new Thread(
            () -> {
              limit = 500;
              synchronized (AUDIT) {
                if (conflicting) {
                  shared++;
                } else {
                  adminOwn++;
                }
              }
            },
            "admin");
    Thread teller =
        new Thread(
            () -> {
              try {
                Thread.sleep(400);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              synchronized (AUDIT) {
                if (conflicting) {
                  shared++;
                } else {
                  tellerOwn++;
                }
              }
              System.out.println("teller saw " + limit);
            },
            "teller");
    admin.start();
    teller.start();
    admin.join();
    teller.join();
  }
}
