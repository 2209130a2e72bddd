package com.example;

/** A counter with no lock: two tests each bump it from a thread of their own. */
public class Tally {
  private int count;

  public void bump() {
    count++;
  }

  public int count() {
    return count;
  }
}
