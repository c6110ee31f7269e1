package versus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;
import versus.diag.Diagnostic;
import versus.diag.Severity;
import versus.lint.Rule;

/** {@code versus check}: builds in memory, runs every lint rule, and reports; writes nothing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check every note for problems and print them as file:line:col: severity[rule]: message.",
      "Writes nothing. Exit code 1 when there are errors (with --strict, also warnings)."
    })
final class CheckCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  /** Made with the command, so that it starts setting up its renderers while the command line is read. */
  private final SiteBuilder builder = SiteBuilder.forCheck();

  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Project folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--strict", description = "Exit 1 on warnings too.")
  boolean strict;

  @Option(names = "--drafts", description = "Check notes marked 'draft: true' too (default: yes).", negatable = true)
  boolean drafts = true;

  @Option(names = "--list-rules", description = "List the rules and exit.")
  boolean listRules;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      for (Rule r : Rule.values()) {
        out.printf(Locale.ROOT, "%-18s %-8s %s%n", r.id(), r.severity().label(), r.description());
      }
      return 0;
    }
    Path root = source.toAbsolutePath().normalize();
    BuildResult result =
        builder.build(new BuildOptions(root, Optional.empty(), Optional.empty(), drafts));
    List<Diagnostic> shown =
        result.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
    if (format == Format.json) {
      out.println(DiagnosticPrinter.json(shown));
    } else {
      PrintWriter err = spec.commandLine().getErr();
      DiagnosticPrinter printer = DiagnosticPrinter.forTerminal();
      shown.forEach(d -> printer.print(err, d));
      long errors = DiagnosticPrinter.count(shown, Severity.ERROR);
      long warnings = DiagnosticPrinter.count(shown, Severity.WARNING);
      out.printf(
          Locale.ROOT,
          "Checked %s: %d error%s, %d warning%s.%n",
          result.failed() ? "the project" : result.notes() + " note" + (result.notes() == 1 ? "" : "s"),
          errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    }
    boolean failed = result.failed() || (strict && DiagnosticPrinter.count(shown, Severity.WARNING) > 0);
    return failed ? 1 : 0;
  }
}
