package io.lockwatch.report.merge;

import io.lockwatch.engine.deadlock.LockKind;
import io.lockwatch.engine.deadlock.Share;
import io.lockwatch.engine.deadlock.Wait;
import java.util.Locale;

/** The report's words for the engine's lock kinds, shares and waits, in both directions. */
public final class LockOrderModes {
  private LockOrderModes() {}

  /** {@code exclusive}, {@code read}, {@code write}. */
  public static String name(Share share) {
    return share.name().toLowerCase(Locale.ROOT);
  }

  /** {@code blocking}, {@code timed}, {@code try}, {@code first}. */
  public static String name(Wait wait) {
    return wait.name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code monitor}, {@code lock}, {@code read-write-lock}, {@code stamped-lock}, {@code
   * semaphore}.
   */
  public static String name(LockKind kind) {
    return switch (kind) {
      case MONITOR -> "monitor";
      case LOCK -> "lock";
      case READ_WRITE -> "read-write-lock";
      case STAMPED -> "stamped-lock";
      case SEMAPHORE -> "semaphore";
    };
  }

  /** The share a report names; anything unknown is exclusive. */
  public static Share share(String name) {
    return switch (name) {
      case "read" -> Share.READ;
      case "write" -> Share.WRITE;
      default -> Share.EXCLUSIVE;
    };
  }

  /** The wait a report names; anything unknown blocks. */
  public static Wait waitKind(String name) {
    return switch (name) {
      case "timed" -> Wait.TIMED;
      case "try" -> Wait.TRY;
      case "first" -> Wait.FIRST;
      default -> Wait.BLOCKING;
    };
  }

  /** The kind a report names; anything unknown is a monitor. */
  public static LockKind kind(String name) {
    return switch (name) {
      case "lock" -> LockKind.LOCK;
      case "read-write-lock" -> LockKind.READ_WRITE;
      case "stamped-lock" -> LockKind.STAMPED;
      case "semaphore" -> LockKind.SEMAPHORE;
      default -> LockKind.MONITOR;
    };
  }
}
