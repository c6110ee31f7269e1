package versus.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;
import versus.note.Note;

/**
 * Renders a note's Markdown (GitHub-flavoured: tables, strikethrough, autolinks, task lists, raw HTML) to HTML, with
 * GitHub's heading ids, and collects title, description, headings and word count on the way. The flexmark parser and
 * renderer are built once here and shared: both are thread-safe for parsing and rendering separate documents.
 */
public final class MarkdownRenderer {

  private static final int DESCRIPTION_LENGTH = 160;

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final List<CodeBlockRenderer> codeBlockRenderers;

  private final boolean forLint;

  /** A renderer for builds: {@link RenderedNote#facts()} holds only raw HTML. */
  public MarkdownRenderer(List<CodeBlockRenderer> codeBlockRenderers) {
    this(codeBlockRenderers, false);
  }

  /** @param forLint also collect the facts lint rules read (headings, images, paragraphs), for {@code check} */
  public MarkdownRenderer(List<CodeBlockRenderer> codeBlockRenderers, boolean forLint) {
    this.forLint = forLint;
    this.codeBlockRenderers = List.copyOf(codeBlockRenderers);
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListExtension.create(),
            Autolinks.extension(),
            NodeRenderers.extension()));
    // GitHub's table rules: missing cells are added, extra ones dropped, no column spans, separator width ignored.
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(TablesExtension.CLASS_NAME, "");
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** Renders one note. Problems (a heading without its space) are reported to {@code sink}, never thrown. */
  public RenderedNote render(Note note, DiagnosticSink sink) {
    int[] tooDeep = NestingGuard.firstTooDeep(note.body());
    if (tooDeep == null) {
      return renderMarkdown(note, sink);
    } else {
      sink.report(
          Diagnostic.error(NestingGuard.at(note.sourcePath(), note.bodyLine(), tooDeep), "too-deep",
              "lists or quotes are nested more than " + NestingGuard.MAX_DEPTH + " levels deep here; flatten them"));
      // Rendered as plain text, so the rest of the build (and check) can go on and report everything else.
      Note plain = new Note(note.sourcePath(), note.slug(), note.front(),
          "```text\n" + note.body().replace("```", "` ` `") + "\n```\n", note.bodyLine());
      return renderMarkdown(plain, sink);
    }
  }

  private RenderedNote renderMarkdown(Note note, DiagnosticSink sink) {
    LenientHeadings.Result lenient = LenientHeadings.fix(note.body());
    for (int line : lenient.lines()) {
      sink.report(
          Diagnostic.warning(
              SourcePos.of(note.sourcePath(), note.bodyLine() + line - 1, 1),
              "heading-space",
              "'#' without a space is not a heading in Markdown; rendered as one, but add a space after '#'"));
    }
    lenient = new LenientHeadings.Result(BackslashRuns.guard(lenient.text()), lenient.lines());
    Document doc = parser.parse(lenient.text());
    // flexmark's own Node.getLineNumber() scans from the start of the text on every call; one index serves all.
    versus.diag.LineIndex lines = new versus.diag.LineIndex(lenient.text());
    FactCollector.Collected collected = FactCollector.collect(note, doc, lenient, forLint);

    HeadingIds ids = new HeadingIds();
    Map<Node, String> headingIds = new IdentityHashMap<>();
    com.vladsch.flexmark.ast.Heading titleHeading = null;
    String titleText = null;
    List<com.vladsch.flexmark.ast.Heading> all = new ArrayList<>();
    for (Node n : descendants(doc)) {
      if (n instanceof com.vladsch.flexmark.ast.Heading h) {
        String text = plainText(h).strip();
        headingIds.put(h, ids.next(text));
        all.add(h);
        if (h.getLevel() == 1 && titleHeading == null) {
          titleHeading = h;
          titleText = text;
        }
      }
    }

    String title;
    String titleId;
    boolean titleFromLeadingHeading =
        titleHeading != null && doc.getFirstChild() == titleHeading && note.front().title().isEmpty();
    if (note.front().title().isPresent()) {
      title = note.front().title().get();
      titleId = HeadingIds.slug(title);
    } else if (titleHeading != null && !titleText.isEmpty()) {
      title = trimTitle(titleText);
      // A title taken from a heading further down keeps that heading (and its id) in the body; the page's own
      // title then goes without an id, so no id appears twice.
      titleId = titleFromLeadingHeading ? headingIds.get(titleHeading) : "";
    } else {
      title = note.fileStem();
      titleId = HeadingIds.slug(title);
    }
    // A leading level-1 heading is the page title, which the theme shows: drop it from the body so it is not shown
    // twice.
    if (titleFromLeadingHeading) {
      titleHeading.unlink();
      all.remove(titleHeading);
    }
    Map<Node, Integer> levels = outlineLevels(all);
    List<Heading> headings = new ArrayList<>();
    for (com.vladsch.flexmark.ast.Heading h : all) {
      headings.add(new Heading(levels.get(h), plainText(h).strip(), headingIds.get(h)));
    }

    String description = note.front().description().orElseGet(() -> firstParagraph(doc));

    Map<String, String> fragments = new TreeMap<>();
    Map<Node, String> fragmentKeys = new IdentityHashMap<>();
    renderCodeBlocks(note, doc, lines, title, fragments, fragmentKeys, sink);

    Map<Node, Integer> tableIndex = new IdentityHashMap<>();
    List<NoteTable> tables = tables(note, doc, lines, headingIds, tableIndex);
    List<NoteSection> sections = SectionExtractor.extract(doc, note.bodyLine(), lines, headingIds, title, titleId);
    NodeRenderers.TABLE_INDEX.set(doc, tableIndex);
    NodeRenderers.HEADING_IDS.set(doc, headingIds);
    NodeRenderers.HEADING_LEVELS.set(doc, levels);
    NodeRenderers.FRAGMENT_KEYS.set(doc, fragmentKeys);
    String html = renderer.render(doc);
    return new RenderedNote(
        note, title, titleId, description, html, fragments, headings, tables, sections, collected.links(),
        collected.facts(), countWords(doc));
  }

  private void renderCodeBlocks(
      Note note,
      Document doc,
      versus.diag.LineIndex lines,
      String title,
      Map<String, String> fragments,
      Map<Node, String> fragmentKeys,
      DiagnosticSink sink) {
    if (codeBlockRenderers.isEmpty()) {
      return;
    }
    String nearest = title;
    int index = 0;
    for (Node n : descendants(doc)) {
      if (n instanceof com.vladsch.flexmark.ast.Heading h) {
        nearest = plainText(h).strip();
        continue;
      }
      String info;
      String text;
      int startLine;
      if (n instanceof FencedCodeBlock f) {
        info = f.getInfo().toString();
        text = f.getContentChars().toString();
        startLine = lines.line(f.getStartOffset());
      } else if (n instanceof IndentedCodeBlock ic) {
        info = "";
        text = ic.getContentChars().toString();
        startLine = lines.line(ic.getStartOffset()) - 1;
      } else {
        continue;
      }
      index++;
      // flexmark's lines are 0-based; startLine is the 0-based line of the first content line.
      // Indented blocks lose four columns of indentation before their text reaches a renderer.
      int column = n instanceof IndentedCodeBlock ? 5 : 1;
      SourcePos pos = SourcePos.of(note.sourcePath(), note.bodyLine() + startLine, column);
      CodeBlock block = new CodeBlock(info, text, pos, nearest, "d" + index);
      for (CodeBlockRenderer r : codeBlockRenderers) {
        Optional<String> out = r.render(block, sink);
        if (out.isPresent()) {
          String key = "f" + index;
          fragments.put(key, out.get());
          fragmentKeys.put(n, key);
          break;
        }
      }
    }
  }

  /** Every GFM table as data, numbered in document order, with its position and the heading it is under. */
  private static List<NoteTable> tables(
      Note note,
      Document doc,
      versus.diag.LineIndex lines,
      Map<Node, String> headingIds,
      Map<Node, Integer> tableIndex) {
    List<NoteTable> out = new ArrayList<>();
    String section = "";
    String sectionTitle = "";
    for (Node n : descendants(doc)) {
      if (n instanceof com.vladsch.flexmark.ast.Heading h && headingIds.containsKey(h)) {
        section = headingIds.get(h);
        sectionTitle = plainText(h).strip();
      } else if (n instanceof com.vladsch.flexmark.ext.tables.TableBlock t) {
        int index = out.size() + 1;
        tableIndex.put(t, index);
        SourcePos pos = SourcePos.of(note.sourcePath(), note.bodyLine() + lines.line(t.getStartOffset()) - 1, 1);
        out.add(new NoteTable(index, TableExtractor.extract(t), pos, section, sectionTitle));
      }
    }
    return out;
  }

  /**
   * The level each body heading is shown at. The page title is the page's only {@code h1}; below it the note's
   * outline keeps its nesting but starts at {@code h2} and never skips a level, because notes pasted from chat often
   * jump from {@code #} to {@code ###}, which leaves screen-reader users with holes in the outline.
   */
  static Map<Node, Integer> outlineLevels(List<com.vladsch.flexmark.ast.Heading> headings) {
    Map<Node, Integer> levels = new IdentityHashMap<>();
    java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>(); // {written level, shown level}
    for (com.vladsch.flexmark.ast.Heading h : headings) {
      int written = h.getLevel();
      while (!open.isEmpty() && open.peek()[0] >= written) {
        open.pop();
      }
      int shown = open.isEmpty() ? 2 : Math.min(6, open.peek()[1] + 1);
      open.push(new int[] {written, shown});
      levels.put(h, shown);
    }
    return levels;
  }

  private static String trimTitle(String text) {
    String t = text.strip();
    while (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? text.strip() : t;
  }

  /**
   * The first paragraph that reads like prose (six words or more, not a bold pseudo-heading, not a row of badges);
   * failing that, the first list's items run together. Plain text, about 160 characters.
   */
  private static String firstParagraph(Document doc) {
    String listText = null;
    for (Node n : descendants(doc)) {
      if (n instanceof Paragraph p) {
        String text = plainText(p).transform(MarkdownRenderer::joinSpaces).strip();
        boolean inList = p.getParent() instanceof com.vladsch.flexmark.ast.ListItem;
        if (!inList && text.split(" ").length >= 6 && !wholeParagraphEmphasis(p) && !ChatResidue.isResidue(text)) {
          return shorten(text, DESCRIPTION_LENGTH);
        }
      } else if (listText == null && n instanceof com.vladsch.flexmark.ast.ListBlock list) {
        StringBuilder items = new StringBuilder();
        for (Node item = list.getFirstChild(); item != null && items.length() < DESCRIPTION_LENGTH; item = item.getNext()) {
          Node first = item.getFirstChild();
          if (first instanceof Paragraph) {
            String t = plainText(first).transform(MarkdownRenderer::joinSpaces).strip();
            items.append(items.length() == 0 ? "" : " ").append(t);
          }
        }
        if (items.toString().split(" ").length >= 6) {
          listText = items.toString();
        }
      }
    }
    return listText == null ? "" : shorten(listText, DESCRIPTION_LENGTH);
  }

  /** A paragraph that is one bold or italic span ({@code **Docker Image**}) works as a heading, not as a summary. */
  private static boolean wholeParagraphEmphasis(Paragraph p) {
    Node only = p.getFirstChild();
    return only != null
        && only.getNext() == null
        && (only instanceof com.vladsch.flexmark.ast.StrongEmphasis || only instanceof com.vladsch.flexmark.ast.Emphasis);
  }

  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max);
    int space = text.lastIndexOf(' ', end);
    String cut = text.substring(0, space > max / 2 ? space : end).strip();
    while (!cut.isEmpty() && ",.;:-–—(".indexOf(cut.charAt(cut.length() - 1)) >= 0) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }

  static String plainText(Node node) {
    return new TextCollectingVisitor().collectAndGetText(node);
  }

  private static int countWords(Document doc) {
    int words = 0;
    for (Node n : descendants(doc)) {
      CharSequence chars = null;
      if (n instanceof Text t) {
        chars = t.getChars();
      } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
        chars = ((Block) n).getContentChars();
      }
      if (chars != null) {
        // One copy, then a plain loop: charAt on flexmark's sequences goes through several layers per character.
        String text = chars.toString();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
          boolean letter = !Character.isWhitespace(text.charAt(i));
          if (letter && !inWord) {
            words++;
          }
          inWord = letter;
        }
      }
    }
    return words;
  }

  /**
   * All nodes below {@code root} in document order, collected first so callers may unlink while iterating. Iterative,
   * so that a note nested ten thousand levels deep cannot overflow the stack here.
   */
  static List<Node> descendants(Node root) {
    List<Node> out = new ArrayList<>();
    Node n = root.getFirstChild();
    while (n != null) {
      out.add(n);
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != null && n.getNext() == null) {
        n = n.getParent();
        if (n == root) {
          n = null;
        }
      }
      if (n != null) {
        n = n.getNext();
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern SPACE_RUNS = java.util.regex.Pattern.compile("\\s+");

  /** Runs of whitespace as one space; the pattern compiled once rather than on every paragraph. */
  static String joinSpaces(String s) {
    return SPACE_RUNS.matcher(s).replaceAll(" ");
  }
}
