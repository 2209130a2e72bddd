package io.lockwatch.report.cli;

/** The tool's exit codes, the same for every command. */
final class ExitCodes {
  /** Nothing to fail on; or the command did its job. */
  static final int OK = 0;

  /** Findings remain after the baseline. */
  static final int FINDINGS = 1;

  /** Unusable input or arguments: missing file, not JSON, wrong schema version, bad option. */
  static final int UNUSABLE = 2;

  private ExitCodes() {}
}
