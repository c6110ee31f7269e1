package versus.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import versus.build.DiagramBlocks;
import versus.diag.DiagnosticSink;
import versus.diag.Severity;
import versus.diagram.Diagram;
import versus.diagram.DiagramRenderer;
import versus.html.HtmlProcessor;
import versus.html.PageLinks;
import versus.markdown.MarkdownRenderer;
import versus.markdown.RenderedNote;
import versus.note.Note;
import versus.note.NoteParser;
import versus.repair.MojibakeRepairer;
import versus.theme.Theme;
import versus.theme.Views;

/**
 * The build's stages one note at a time, in microseconds per operation: Markdown to HTML (with diagrams), HTML
 * sanitizing and tidying, the seed's architecture diagram alone, and a theme's page template. Run with
 * {@code -prof gc} to see the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

  @Param({
    "ecs-eks-app-runner.md", "ecs-eks-basics.md", "ecs-eks-fargate-ecr.md", "ecs-vs-eks-deep-dive.md",
    "ecs-vs-kubernetes.md"
  })
  public String note;

  private final MarkdownRenderer markdown = new MarkdownRenderer(List.of(new DiagramBlocks(Severity.INFO)));
  private final HtmlProcessor html = new HtmlProcessor();
  private final DiagramRenderer diagrams = new DiagramRenderer();
  private Note parsed;
  private RenderedNote rendered;
  private PageLinks links;
  private Theme theme;
  private Views.PageView view;
  private String seedDiagram;

  @Setup
  public void setUp() {
    String text = new MojibakeRepairer().repair(BenchData.note(note)).text();
    parsed = new NoteParser().parse("content/" + note, note, text, DiagnosticSink.ignoring());
    rendered = markdown.render(parsed, DiagnosticSink.ignoring());
    links = new PageLinks(parsed.slug(), "", Map.of(), Set.of());
    theme = Theme.load(Path.of("").toAbsolutePath(), "default");
    String body = html.process(rendered, links);
    List<Views.TocEntry> toc =
        rendered.headings().stream().map(h -> new Views.TocEntry(h.text(), h.id(), h.level(), h.level() > 2)).toList();
    view =
        new Views.PageView(
            new Views.SiteView("Versus", "", "en", null, false), "note", "../", rendered.title(), rendered.titleId(),
            rendered.description(), body, null, List.of(), false, toc, null, null, List.of(),
            rendered.readingMinutes(), null, parsed.sourcePath(), List.of(), List.of(),
            theme.assetLinks("../"), theme.headScript(), theme.headScriptHash(), false, null, null, null);
    String seed = new MojibakeRepairer().repair(BenchData.note("ecs-eks-app-runner.md")).text();
    int start = seed.indexOf("## Architecture Diagram") + "## Architecture Diagram".length();
    int end = seed.indexOf("---", start);
    seedDiagram = seed.substring(start, end).replaceAll("(?m)^ {4}", "").strip();
  }

  @Benchmark
  public RenderedNote markdown() {
    return markdown.render(parsed, DiagnosticSink.ignoring());
  }

  @Benchmark
  public String html() {
    return html.process(rendered, links);
  }

  @Benchmark
  public String template() {
    return theme.render("page", view);
  }

  /** The seed's architecture diagram (the same for every note parameter). */
  @Benchmark
  public Diagram diagram() {
    return diagrams.renderForPage(seedDiagram, "Architecture Diagram", "d1");
  }
}
