package versus.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import versus.diag.BuildFailure;
import versus.diag.Diagnostic;

/**
 * Turns an exception that escaped a command into one clear line and exit code 1. The stack trace is printed only with
 * {@code --debug}: users need to know what to fix, not where Versus was when it noticed.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    var err = cli.getErr();
    if (e instanceof BuildFailure f) {
      for (Diagnostic d : f.diagnostics()) {
        err.println(d);
      }
    } else if (e instanceof UncheckedIOException io) {
      err.println("error: " + io.getMessage());
    } else {
      err.println("error: " + e + " (this is a bug in Versus; run again with --debug and report it)");
    }
    if (parseResult.hasMatchedOption("--debug")
        || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }
}
