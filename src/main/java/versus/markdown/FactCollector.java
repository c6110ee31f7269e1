package versus.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import versus.diag.LineIndex;
import versus.diag.SourcePos;
import versus.note.Note;

/**
 * Collects links and {@link NoteFacts} with their positions in the note file in one walk over the parsed note.
 * Positions are computed on the text as parsed and mapped back to the file: body lines are offset by the front
 * matter, and the one space inserted after {@code #} on lenient heading lines is not counted.
 */
final class FactCollector {

  private final Note note;
  private final LenientHeadings.Result lenient;
  private final LineIndex lines;

  private FactCollector(Note note, LenientHeadings.Result lenient) {
    this.note = note;
    this.lenient = lenient;
    this.lines = new LineIndex(lenient.text());
  }

  record Collected(List<LinkRef> links, NoteFacts facts) {}

  /**
   * @param forLint also collect what only the lint rules read (headings, images, paragraphs as text); a build needs just
   *     the links and the raw HTML, and paragraph text costs a walk of every paragraph
   */
  static Collected collect(Note note, Document doc, LenientHeadings.Result lenient, boolean forLint) {
    return new FactCollector(note, lenient).walk(doc, forLint);
  }

  private Collected walk(Document doc, boolean forLint) {
    List<LinkRef> links = new ArrayList<>();
    List<NoteFacts.HeadingFact> headings = new ArrayList<>();
    List<NoteFacts.ImageFact> images = new ArrayList<>();
    List<NoteFacts.HtmlFact> html = new ArrayList<>();
    List<NoteFacts.ParagraphFact> paragraphs = new ArrayList<>();
    Node lastBlock = doc.getLastChild();
    for (Node n : MarkdownRenderer.descendants(doc)) {
      if (n instanceof Link l) {
        links.add(new LinkRef(l.getUrl().toString(), pos(n), false));
      } else if (n instanceof Image i) {
        links.add(new LinkRef(i.getUrl().toString(), pos(n), true));
        if (forLint) {
          images.add(new NoteFacts.ImageFact(i.getUrl().toString(), i.getText().toString().strip(), pos(n), false));
        }
      } else if (forLint && n instanceof Heading h) {
        Node only = h.getFirstChild();
        boolean wrapped =
            only != null && only.getNext() == null && (only instanceof StrongEmphasis || only instanceof Emphasis);
        headings.add(
            new NoteFacts.HeadingFact(h.getLevel(), MarkdownRenderer.plainText(h).strip(), pos(n), wrapped));
      } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
        html.add(new NoteFacts.HtmlFact(n.getChars().toString(), pos(n), n instanceof HtmlBlock));
      } else if (forLint && n instanceof Paragraph p && !inside(p, ListItem.class) && !inside(p, BlockQuote.class)) {
        String text = MarkdownRenderer.plainText(p).transform(MarkdownRenderer::joinSpaces).strip();
        paragraphs.add(new NoteFacts.ParagraphFact(text, pos(n), p == lastBlock));
      }
    }
    return new Collected(links, new NoteFacts(headings, images, html, paragraphs));
  }

  private static boolean inside(Node n, Class<?> type) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (type.isInstance(p)) {
        return true;
      }
    }
    return false;
  }

  private SourcePos pos(Node n) {
    int offset = n.getStartOffset();
    int line = lines.line(offset);
    int column = lines.column(offset);
    if (lenient.lines().contains(line) && column > 1) {
      column--;
    }
    return SourcePos.of(note.sourcePath(), note.bodyLine() + line - 1, column);
  }
}
