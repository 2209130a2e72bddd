package io.lockwatch.report.cli;

import io.lockwatch.report.json.ReportFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The reports tool: {@code java -jar lockwatch-reports.jar <command>}. */
@Command(
    name = "lockwatch-reports",
    mixinStandardHelpOptions = true,
    versionProvider = LockwatchReports.Version.class,
    description = "Checks, merges and renders Lockwatch reports (the JSON the agent writes).",
    subcommands = {
      CheckCommand.class,
      BaselineCommand.class,
      MergeCommand.class,
      RenderCommand.class,
      SummaryCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 nothing to fail on, 1 findings remain (check), 2 unusable input.",
      "Run 'lockwatch-reports help <command>' or '<command> --help' for a command's options."
    })
public final class LockwatchReports implements Runnable {
  static final String NAME = "lockwatch-reports";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for {@link CommandLine#execute} (tests call this in process). */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new LockwatchReports());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(LockwatchReports::handle);
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.UNUSABLE);
    return commandLine;
  }

  /** One line on standard error, no stack trace; exit code 2. */
  private static int handle(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String message;
    if (e instanceof ReportFormatException) {
      message = e.getMessage();
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      message = "cannot write or read a file: " + cause;
    } else {
      message = "internal error, please report it: " + e;
    }
    commandLine.getErr().println(NAME + ": " + message.lines().findFirst().orElse(""));
    commandLine.getErr().flush();
    return ExitCodes.UNUSABLE;
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = LockwatchReports.class.getPackage().getImplementationVersion();
      return new String[] {NAME + " " + (version == null ? "(development build)" : version)};
    }
  }
}
