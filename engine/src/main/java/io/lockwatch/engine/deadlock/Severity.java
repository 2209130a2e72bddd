package io.lockwatch.engine.deadlock;

import java.util.Locale;

/** How urgent a finding is. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW;

  /** One step lower (a predicted finding), never below {@link #LOW}. */
  public Severity lower() {
    return this == HIGH ? MEDIUM : LOW;
  }

  /** {@code high}, {@code medium}, {@code low}: the report's spelling. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
