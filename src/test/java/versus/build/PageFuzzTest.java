package versus.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import versus.diag.Diagnostics;
import versus.diag.Severity;
import versus.html.HtmlProcessor;
import versus.html.PageLinks;
import versus.markdown.MarkdownRenderer;
import versus.markdown.NoteTable;
import versus.markdown.RenderedNote;
import versus.note.Note;
import versus.note.NoteParser;
import versus.source.SourceFile;
import versus.table.TableSvgRenderer;
import versus.testing.Fuzzing;

/**
 * Fuzz test of one note's way from its bytes to the body of its page, through the same stages {@link SiteBuilder} runs
 * (run as described under "Fuzzing" in README.md): decoding and mojibake repair, front matter, Markdown with diagrams,
 * then sanitizing and tidying the HTML. Without {@code JAZZER_FUZZ} it only replays its committed inputs,
 * {@code src/test/resources/versus/build/PageFuzzTestInputs/page/}.
 *
 * <p>Properties: no stage throws, and the body is sanitised. The body is parsed as a browser would parse it, and must
 * hold no element that runs or loads anything (script, style, frames, objects, forms, base, meta), no event-handler
 * attribute, no style attribute, and no address with a script or data scheme in any attribute that takes one, after
 * entity decoding and with the spaces and control characters browsers ignore removed. The SVG of each table must be
 * well-formed, with neither script nor handler.
 */
class PageFuzzTest {

  private static final NoteText NOTE_TEXT = new NoteText(Severity.INFO);
  private static final NoteParser NOTES = new NoteParser();
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(List.of(new DiagramBlocks(Severity.INFO)));
  private static final HtmlProcessor HTML = new HtmlProcessor();
  private static final TableSvgRenderer TABLE_SVG = new TableSvgRenderer();
  private static final Map<String, String> SLUGS =
      Map.of("guide/fuzz.md", "guide/fuzz", "guide/eks.md", "guide/eks", "index.md", "index");
  private static final Set<String> STATIC_FILES = Set.of("img/a.png", "guide/flow.png");

  private static final String FORBIDDEN_ELEMENTS =
      "script, style, iframe, frame, frameset, object, embed, applet, base, link, meta, form, button, textarea, select,"
          + " input:not([type=checkbox]), template, noscript, portal, math, foreignObject, animate, set, animateMotion,"
          + " animateTransform, handler, listener";
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "xlink:href", "action", "formaction", "cite", "poster", "background", "srcset", "data",
          "codebase", "longdesc", "usemap", "ping", "manifest", "lowsrc", "dynsrc", "to", "from", "values");
  private static final List<String> BAD_SCHEMES = List.of("javascript:", "vbscript:", "livescript:", "data:");

  @FuzzTest
  @DictionaryEntries({
    "<script>", "</script>", "<img src=x onerror=", "javascript:", "&#106;", "&#x6A;", "data:text/html,", "<svg",
    "<a href=\"", "<style>", "<iframe", "<!--", "-->", "<![CDATA[", "```", "```diagram", "~~~", "---", "title: ",
    "](", "![", "[x]: ", "<div data-versus-fragment=\"", "| --- |", "- [ ] ", "> ", "# ", "#", "&amp;", "\\", "`",
    "<details>", "<math>", "<table>", "<noscript>", "<template>", "<textarea>", "<xmp>", "<plaintext>", "ğŸš€", "â”€"
  })
  void page(byte[] bytes) {
    SourceFile file = new SourceFile("content/guide/fuzz.md", Path.of("content/guide/fuzz.md"), bytes, true);
    Diagnostics sink = new Diagnostics();
    Optional<String> text = NOTE_TEXT.read(file, sink);
    if (text.isEmpty()) {
      return; // not text: the build skips the file with a warning
    }
    Note note = NOTES.parse(file.relPath(), file.contentPath(), text.get(), sink);
    RenderedNote rendered = MARKDOWN.render(note, sink);
    String body = HTML.process(rendered, new PageLinks(note.slug(), "guide", SLUGS, STATIC_FILES));

    String input = Fuzzing.escape(new String(bytes, StandardCharsets.UTF_8));
    assertThat(problems(body)).as("unsafe body %s for %s", body, input).isEmpty();
    for (NoteTable table : rendered.tables()) {
      String svg = TABLE_SVG.render(table.model(), "Table " + table.index());
      assertThat(Fuzzing.svgProblems(svg)).as("unsafe table SVG for %s", input).isEmpty();
    }
  }

  /** What makes {@code body} unsafe, as a browser would parse it; empty when it is safe. */
  static List<String> problems(String body) {
    Document doc = Jsoup.parseBodyFragment(body);
    List<String> problems = new ArrayList<>();
    for (Element el : doc.body().select(FORBIDDEN_ELEMENTS)) {
      problems.add("element " + el.normalName());
    }
    for (Element el : doc.body().getAllElements()) {
      for (Attribute a : el.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          problems.add("handler " + el.normalName() + "[" + name + "]");
        }
        if (name.equals("style")) {
          problems.add("style attribute on " + el.normalName());
        }
        if (URL_ATTRIBUTES.contains(name)) {
          // Browsers drop leading and trailing spaces and controls, and tabs and line breaks anywhere, in a URL.
          String url = a.getValue().replaceAll("[\\u0000-\\u0020\\u007F]", "").toLowerCase(Locale.ROOT);
          for (String scheme : BAD_SCHEMES) {
            if (url.startsWith(scheme) || (name.equals("srcset") && url.contains("," + scheme))) {
              problems.add("script or data URL in " + el.normalName() + "[" + name + "]=" + a.getValue());
            }
          }
        }
      }
    }
    return problems;
  }
}
