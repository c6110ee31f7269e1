package versus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import versus.diag.SourcePos;
import versus.diagram.Diagram;
import versus.diagram.DiagramIssue;
import versus.diagram.DiagramRenderer;
import versus.diagram.DiagramTooLargeException;

/** {@code versus diagram}: draws a text diagram as SVG, or reports what is wrong with it. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a box-drawing or ASCII-art diagram as SVG (to standard output, or -o FILE),",
      "or with --check report its problems (unclosed boxes, dangling arrows, ragged borders) as file:line:col."
    })
final class DiagramCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A text file holding the diagram.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.svg", description = "Write the SVG here instead of to standard output.")
  Path output;

  @Option(names = "--check", description = "Only report problems; exit 1 when there are any.")
  boolean check;

  @Option(names = "--title", paramLabel = "TEXT", description = "Accessible title of the drawing (default: the file name).")
  String title;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println(file + ": error: no such file");
      return 1;
    }
    SourcePos start = SourcePos.of(file.toString(), 1, 1);
    DiagramRenderer renderer = new DiagramRenderer();
    try {
      if (check) {
        List<DiagramIssue> issues = renderer.check(text);
        issues.forEach(i -> err.println(i.toDiagnostic(start)));
        return issues.isEmpty() ? 0 : 1;
      }
      String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      Diagram diagram = renderer.render(text, title != null ? title : name, "diagram");
      diagram.issues().forEach(i -> err.println(i.toDiagnostic(start)));
      String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + diagram.svg();
      if (output != null) {
        Files.writeString(output, svg, StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().print(svg);
      }
      return 0;
    } catch (DiagramTooLargeException e) {
      err.println(file + ": error[diagram-too-large]: " + e.getMessage());
      return 1;
    }
  }
}
