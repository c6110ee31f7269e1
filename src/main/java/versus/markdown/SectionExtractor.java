package versus.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import versus.markdown.SectionBlock.Kind;

/**
 * Splits a parsed note into {@link NoteSection}s: each heading with the paragraphs, list items, code blocks and tables
 * up to the next heading. Walks with an explicit stack, so deeply nested lists cannot overflow the call stack.
 */
final class SectionExtractor {

  private final int bodyLine;
  private final versus.diag.LineIndex lines;
  private final Map<Node, String> headingIds;
  private final List<NoteSection> sections = new ArrayList<>();
  private int level;
  private String title;
  private String id;
  private int line;
  private List<SectionBlock> blocks = new ArrayList<>();

  private SectionExtractor(
      int bodyLine, versus.diag.LineIndex lines, Map<Node, String> headingIds, String pageTitle, String titleId) {
    this.bodyLine = bodyLine;
    this.lines = lines;
    this.headingIds = headingIds;
    this.title = pageTitle;
    this.id = titleId;
    this.line = bodyLine;
  }

  /** The sections of {@code doc}, whose first line is line {@code bodyLine} of the note file. */
  static List<NoteSection> extract(
      Document doc,
      int bodyLine,
      versus.diag.LineIndex lines,
      Map<Node, String> headingIds,
      String pageTitle,
      String titleId) {
    SectionExtractor x = new SectionExtractor(bodyLine, lines, headingIds, pageTitle, titleId);
    x.walk(doc);
    x.close();
    return List.copyOf(x.sections);
  }

  /** One container's children still to visit, and the list depth they are at. */
  private record Pending(Node next, int depth) {}

  private void walk(Document doc) {
    Deque<Pending> stack = new ArrayDeque<>();
    stack.push(new Pending(doc.getFirstChild(), 0));
    while (!stack.isEmpty()) {
      Pending p = stack.pop();
      Node n = p.next();
      if (n == null) {
        continue;
      }
      stack.push(new Pending(n.getNext(), p.depth()));
      int depth = p.depth();
      if (n instanceof Heading h) {
        close();
        level = h.getLevel();
        title = plain(h);
        id = headingIds.getOrDefault(h, "");
        line = lineOf(h);
      } else if (n instanceof Paragraph para) {
        paragraph(para, depth, Kind.PARAGRAPH);
      } else if (n instanceof ListItem item) {
        item(item, depth);
        stack.push(new Pending(firstNonParagraph(item), depth + 1));
      } else if (n instanceof ListBlock || n instanceof BlockQuote) {
        stack.push(new Pending(n.getFirstChild(), depth));
      } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
        blocks.add(new SectionBlock(Kind.CODE, depth, "", "", lineOf(n)));
      } else if (n instanceof TableBlock) {
        blocks.add(new SectionBlock(Kind.TABLE, depth, "", "", lineOf(n)));
      } else if (n.hasChildren() && !(n instanceof com.vladsch.flexmark.ast.HtmlBlock)) {
        stack.push(new Pending(n.getFirstChild(), depth));
      }
    }
  }

  private void close() {
    if (level > 0 || !blocks.isEmpty()) {
      sections.add(new NoteSection(level, title, id, line, blocks));
    }
    blocks = new ArrayList<>();
  }

  /** An item's own text: its paragraphs before any nested block, joined; nested lists follow as deeper items. */
  private void item(ListItem item, int depth) {
    StringBuilder text = new StringBuilder();
    String lead = "";
    for (Node c = item.getFirstChild(); c instanceof Paragraph p; c = c.getNext()) {
      List<Part> parts = parts(p);
      for (Part part : parts) {
        if (text.length() == 0) {
          lead = part.lead();
        }
        text.append(text.length() == 0 ? "" : " ").append(part.text());
      }
    }
    blocks.add(new SectionBlock(Kind.ITEM, depth, collapse(text.toString()), lead, lineOf(item)));
  }

  private static Node firstNonParagraph(ListItem item) {
    Node c = item.getFirstChild();
    while (c instanceof Paragraph) {
      c = c.getNext();
    }
    return c;
  }

  private void paragraph(Paragraph p, int depth, Kind kind) {
    for (Part part : parts(p)) {
      if (!part.text().isEmpty()) {
        blocks.add(new SectionBlock(kind, depth, part.text(), part.lead(), part.line()));
      }
    }
  }

  /** A stretch of a paragraph between hard line breaks. */
  private record Part(String text, String lead, int line) {}

  private List<Part> parts(Paragraph p) {
    List<Part> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String lead = "";
    boolean letterSeen = false;
    int start = lineOf(p);
    for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof HardLineBreak || (c instanceof SoftLineBreak && startsPoint(c.getNext()))) {
        out.add(new Part(collapse(text.toString()), lead, start));
        text.setLength(0);
        lead = "";
        letterSeen = false;
        start = c.getNext() == null ? start : lineOf(c.getNext());
        continue;
      }
      if (imageOnly(c)) {
        continue; // badges and pictures: their descriptions are not statements
      }
      String t = c instanceof SoftLineBreak ? " " : new TextCollectingVisitor().collectAndGetText(c);
      // A bold span counts as the block's label only when nothing but symbols or numbering ("1.", "✅") precede it.
      if (!letterSeen && lead.isEmpty() && c instanceof StrongEmphasis) {
        lead = collapse(t);
      }
      if (!(c instanceof Text) || hasLetter(t)) {
        letterSeen = letterSeen || hasLetter(t);
      }
      text.append(t);
    }
    out.add(new Part(collapse(text.toString()), lead, start));
    return out;
  }

  /** An image, or a link around nothing but an image (a badge). */
  private static boolean imageOnly(Node n) {
    if (n instanceof Image) {
      return true;
    }
    return n instanceof Link && n.getFirstChild() instanceof Image && n.getFirstChild().getNext() == null;
  }

  /**
   * A line that starts a point of its own although it is only soft-wrapped: it begins with a symbol bullet
   * ({@code ✅}, {@code 🔹}, {@code •}) or a keycap number ({@code 1️⃣}), as notes pasted from chat write lists.
   */
  static boolean startsPoint(Node next) {
    if (!(next instanceof Text t)) {
      return false;
    }
    String s = t.getChars().toString().stripLeading();
    if (s.isEmpty()) {
      return false;
    }
    int cp = s.codePointAt(0);
    int type = Character.getType(cp);
    if (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || cp == '•' || cp == '·') {
      return true;
    }
    int after = Character.charCount(cp);
    return Character.isDigit(cp) && after < s.length() && (s.charAt(after) == '\uFE0F' || s.charAt(after) == '\u20E3');
  }

  private int lineOf(Node n) {
    // flexmark's Node.getLineNumber() rescans the text on every call; the shared index is a binary search.
    return bodyLine + lines.line(n.getStartOffset()) - 1;
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static String plain(Node n) {
    return collapse(new TextCollectingVisitor().collectAndGetText(n));
  }

  /**
   * Runs of whitespace (also no-break spaces) as one space, trimmed. A loop rather than a regular expression: this
   * runs on every block of every note, and String.replaceAll compiled its pattern each time (4 % of a build's CPU).
   */
  static String collapse(String s) {
    StringBuilder out = null; // made only when something changes
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(s.charAt(end))) {
        end++;
      }
      if (out == null && (c != ' ' || end - i > 1)) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (out != null) {
        out.append(' ');
      }
      i = end - 1;
    }
    return (out == null ? s : out.toString()).strip();
  }

  /** What {@link #collapse} joins: Java's {@code \\s} and the no-break spaces. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
