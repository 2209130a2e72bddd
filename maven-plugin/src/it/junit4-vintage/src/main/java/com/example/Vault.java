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

  public void safeThenDoor() {
    synchronized (safe) {
      synchronized (door) {
        openings++;
      }
    }
  }
}
