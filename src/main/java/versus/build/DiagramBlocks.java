package versus.build;

import java.util.Optional;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.Severity;
import versus.diagram.Diagram;
import versus.diagram.DiagramDetector;
import versus.diagram.DiagramIssue;
import versus.diagram.DiagramRenderer;
import versus.diagram.DiagramTooLargeException;
import versus.markdown.CodeBlock;
import versus.markdown.CodeBlockRenderer;

/**
 * Plugs the diagram renderer into the Markdown stage: a code block that is a diagram becomes a figure with the drawing
 * as inline SVG and its source text behind a "View source" toggle. What the renderer had to straighten out (a ragged
 * border, a snapped connector) is reported with the block's file position, at the severity the caller chooses: a note
 * for {@code build}, a warning for {@code check}.
 */
public final class DiagramBlocks implements CodeBlockRenderer {

  private final DiagramRenderer renderer = new DiagramRenderer();
  private final Severity issueSeverity;

  public DiagramBlocks(Severity issueSeverity) {
    this.issueSeverity = issueSeverity;
  }

  @Override
  public Optional<String> render(CodeBlock block, DiagnosticSink sink) {
    if (!DiagramDetector.isDiagram(block.info(), block.text())) {
      return Optional.empty();
    }
    Diagram diagram;
    try {
      diagram = renderer.renderForPage(block.text(), block.title(), block.idPrefix());
    } catch (DiagramTooLargeException e) {
      sink.report(
          Diagnostic.warning(block.pos(), "diagram-too-large", e.getMessage() + "; it is shown as text instead"));
      return Optional.empty();
    }
    for (DiagramIssue issue : diagram.issues()) {
      Diagnostic d = issue.toDiagnostic(block.pos());
      sink.report(new Diagnostic(issueSeverity, d.pos(), "diagram-" + d.rule(), d.message()));
    }
    StringBuilder html = new StringBuilder(diagram.svg().length() + block.text().length() + 256);
    html.append("<figure class=\"diagram\">\n").append(diagram.svg().strip()).append('\n');
    html.append("<details class=\"diagram-source\"><summary>View source</summary><pre><code>");
    escape(html, block.text());
    html.append("</code></pre></details>\n</figure>");
    return Optional.of(html.toString());
  }

  private static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }
}
