package com.example;

/** A vault with a door and a safe, opened in either order. */
public final class Vault {
  private final Object door = new Object();
  private final Object safe = new Object();
  private int openings;

  public void doorThenSafe() {
    synchronized (door) {
      synchronized (safe) {
        openings++;
      }
    }
  }

  /** Waits for the alarm while it holds the door: whoever would ring it may need the door. */
  public void waitAtTheDoor() throws InterruptedException {
    Object alarm = new Object();
    synchronized (door) {
      synchronized (alarm) {
        alarm.wait(1);
      }
    }
  }

  public void safeThenDoor() {
    synchronized (safe) {
      synchronized (door) {
        openings++;
      }
    }
  }
}
