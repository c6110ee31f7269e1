package versus.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import versus.table.Align;
import versus.table.Cell;
import versus.table.Run;
import versus.table.TableModel;

/** Reads a flexmark table into a {@link TableModel}: cells as runs of text with their bold, italic, code, link. */
final class TableExtractor {

  private TableExtractor() {}

  static TableModel extract(TableBlock table) {
    List<Cell> header = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    List<Align> aligns = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      boolean head = section instanceof TableHead;
      if (!head && !(section instanceof com.vladsch.flexmark.ext.tables.TableBody)) {
        continue; // the |---| separator line
      }
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<Cell> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            cells.add(new Cell(runs(cell)));
            if (head && header.isEmpty() && aligns.size() < cells.size()) {
              aligns.add(align(cell.getAlignment()));
            }
          }
        }
        if (head && header.isEmpty()) {
          header.addAll(cells);
        } else if (!head) {
          rows.add(cells);
        }
      }
    }
    return new TableModel(header, rows, aligns);
  }

  private static Align align(TableCell.Alignment a) {
    if (a == null) {
      return Align.LEFT;
    }
    return switch (a) {
      case CENTER -> Align.CENTER;
      case RIGHT -> Align.RIGHT;
      default -> Align.LEFT;
    };
  }

  private static List<Run> runs(Node cell) {
    List<Run> out = new ArrayList<>();
    collect(cell, false, false, false, null, out);
    return out;
  }

  private static void collect(Node node, boolean bold, boolean italic, boolean strike, String href, List<Run> out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        // A text node's characters are the source's: "a \\| b" is "a | b" on the page, and so in the model.
        add(out, new Run(t.getChars().unescape(), bold, italic, false, strike, href));
      } else if (n instanceof Code code) {
        add(out, new Run(code.getText().toString(), bold, italic, true, strike, href));
      } else if (n instanceof StrongEmphasis) {
        collect(n, true, italic, strike, href, out);
      } else if (n instanceof Emphasis) {
        collect(n, bold, true, strike, href, out);
      } else if (n instanceof Strikethrough) {
        collect(n, bold, italic, true, href, out);
      } else if (n instanceof Link link) {
        collect(n, bold, italic, strike, link.getUrl().toString(), out);
      } else if (n instanceof Image image) {
        add(out, new Run(image.getText().toString(), bold, italic, false, strike, href));
      } else if (n instanceof com.vladsch.flexmark.ast.HtmlEntity entity) {
        add(out, new Run(entity.getChars().unescape(), bold, italic, false, strike, href));
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        add(out, new Run(" ", bold, italic, false, strike, href));
      } else if (n.hasChildren()) {
        collect(n, bold, italic, strike, href, out);
      } else {
        String text = n.getChars().toString();
        if (!text.isBlank() && !text.startsWith("<")) {
          add(out, new Run(text, bold, italic, false, strike, href));
        }
      }
    }
  }

  /** Joins a run to the previous one when they look the same, so "AWS-native" is one run, not three. */
  private static void add(List<Run> out, Run run) {
    if (run.text().isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      Run last = out.get(out.size() - 1);
      if (last.bold() == run.bold() && last.italic() == run.italic() && last.code() == run.code()
          && last.strike() == run.strike() && java.util.Objects.equals(last.href(), run.href())) {
        out.set(out.size() - 1, new Run(last.text() + run.text(), run.bold(), run.italic(), run.code(), run.strike(),
            run.href()));
        return;
      }
    }
    out.add(run);
  }
}
