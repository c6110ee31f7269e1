package versus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;
import versus.diag.Diagnostic;
import versus.diag.Severity;
import versus.output.SiteWriter;

/** {@code versus build}: renders the site and swaps it into the output folder. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build the site from content/ and themes/ into site/.")
final class BuildCommand implements Callable<Integer> {

  /** Made with the command, so that it starts setting up its renderers while the command line is read. */
  private final SiteBuilder builder = new SiteBuilder();

  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Project folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR/site).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "Published address, for canonical and sitemap URLs.")
  String baseUrl;

  @Option(names = "--theme", paramLabel = "NAME", description = "Theme folder under themes/ (default: versus.yml, else default).")
  String theme;

  @Option(names = "--drafts", description = "Include notes marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--force", description = "Replace the output folder even if Versus did not create it.")
  boolean force;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print notes as well as warnings.")
  boolean verbose;

  @Option(names = "--timings", description = "Print how long each phase took.")
  boolean timings;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    long start = System.nanoTime();
    Path root = source.toAbsolutePath().normalize();
    Path target = out != null ? out : root.resolve("site");
    ProgressLine progress = new ProgressLine(stderr, System.console() != null);
    // The output folder is checked before any work; files then go straight to disk beside it as they are made, and
    // the new site replaces the old one only if the build succeeds.
    try (SiteWriter.Staging staging = new SiteWriter().stage(target, root, force)) {
      BuildResult result =
          builder
              .build(new BuildOptions(root, Optional.ofNullable(theme), Optional.ofNullable(baseUrl), drafts),
                  quiet ? versus.build.Progress.NONE : progress, staging);
      progress.finish();
      return report(result, staging, target, start);
    }
  }

  private int report(BuildResult result, SiteWriter.Staging staging, Path target, long start) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    DiagnosticPrinter printer = DiagnosticPrinter.forTerminal();
    for (Diagnostic d : result.diagnostics()) {
      if (d.rule().equals("repair") || d.rule().equals("repair-site")) {
        // What repair did is news, not a problem: a summary per file, each site with --verbose.
        if (!quiet && (d.rule().equals("repair") || verbose)) {
          stderr.println(d.pos() + ": " + d.message());
        }
        continue;
      }
      boolean show =
          d.severity() == Severity.ERROR
              || (!quiet && d.severity() == Severity.WARNING)
              || (verbose && d.severity() == Severity.INFO);
      if (show) {
        printer.print(stderr, d);
      }
    }
    if (timings) {
      stderr.println("  wall      CPU  phase");
      result.timings()
          .forEach((phase, ms) -> stderr.printf(Locale.ROOT, "%6d ms %6d ms  %s%n", ms[0], ms[1], phase));
      stderr.printf(Locale.ROOT, "%6d ms  since the JVM started%n",
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }
    if (result.failed()) {
      stderr.printf(
          Locale.ROOT,
          "Build failed with %d error%s; %s was left as it was.%n",
          result.count(Severity.ERROR),
          result.count(Severity.ERROR) == 1 ? "" : "s",
          display(target));
      return 1;
    }
    staging.commit();
    if (!quiet) {
      long warnings = result.count(Severity.WARNING);
      stdout.printf(
          Locale.ROOT,
          "Built %d note%s into %s (%d files) in %.2f s%s.%n",
          result.notes(),
          result.notes() == 1 ? "" : "s",
          display(target),
          result.fileCount(),
          (System.nanoTime() - start) / 1e9,
          warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
    }
    return 0;
  }

  /** A path as the user would type it: relative to the current folder when below it. */
  static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    return (s.isEmpty() ? "." : s) + "/";
  }
}
