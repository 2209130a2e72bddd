package io.lockwatch.report.json;

/**
 * An input file that cannot be used: missing, not JSON, wrong schema version, a required field
 * missing. The message is one line that says what is wrong and where.
 */
public final class ReportFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReportFormatException(String message) {
    super(message);
  }

  public ReportFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
