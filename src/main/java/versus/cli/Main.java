package versus.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code versus} command. {@link #main} only wires the process's streams and exit code to {@link #run}, which
 * tests call with their own writers (google-java-format's shape). Exit codes: 0 success, 1 content or build errors,
 * 2 usage errors.
 */
@Command(
    name = "versus",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns a folder of Markdown notes into a themed, searchable comparison site.")
public final class Main implements Runnable {

  /**
   * The subcommands by name, in the order help lists them. picocli builds a command's model by reflection, which costs
   * a third of a second for all of them on a cold JVM; so only the command being run is registered, and all of them
   * only when the user asks for help or names no known command (picocli still parses every argument).
   */
  static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = commands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("build", BuildCommand::new);
    m.put("serve", ServeCommand::new);
    m.put("check", CheckCommand::new);
    m.put("fix", FixCommand::new);
    m.put("new", NewCommand::new);
    m.put("diagram", DiagramCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    java.util.function.Supplier<Object> only =
        args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
    // The command first: build and check start setting up their renderers on another thread as they are made, which
    // then overlaps picocli's reading of the annotations.
    Object command = only == null ? null : only.get();
    CommandLine cli = new CommandLine(new Main());
    if (command != null) {
      cli.addSubcommand(args[0], command);
    } else {
      COMMANDS.forEach((name, make) -> cli.addSubcommand(name, make.get()));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new Failures());
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    // "versus" alone: show what it can do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest; "dev" when running from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"versus " + (v == null ? "dev" : v)};
    }
  }
}
