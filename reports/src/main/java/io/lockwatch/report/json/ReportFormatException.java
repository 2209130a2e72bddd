package io.lockwatch.report.json;

/** A report file that cannot be used: not JSON, wrong schema version, a required field missing. */
public final class ReportFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReportFormatException(String message) {
    super(message);
  }

  public ReportFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
