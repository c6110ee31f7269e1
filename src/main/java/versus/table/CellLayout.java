package versus.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import versus.diagram.DisplayWidth;

/**
 * Breaks a cell's runs into lines no wider than a column: greedy, at spaces, never inside a word unless the word alone
 * is wider than the column (a long URL), and never inside an emoji or a character with its marks. Words of different
 * runs written together ({@code **bold**text}) stay together. A newline in a run is a hard break.
 */
final class CellLayout {

  /** Lines kept per cell; the rest are cut and the last line ends with an ellipsis. */
  static final int MAX_LINES = 30;

  /** Styled text on one line; {@code run} carries the styles (its own text is not used). */
  record Fragment(String text, Run run) {}

  /** A unit that may not be broken: pieces written without spaces between them. */
  private record Piece(String text, Run run, double width) {}

  private CellLayout() {}

  /** Width of the cell on one line (the widest hard-broken line). */
  static double naturalWidth(Cell cell, boolean bold) {
    double widest = 0;
    for (List<List<Piece>> paragraph : paragraphs(cell, bold)) {
      double line = 0;
      for (int u = 0; u < paragraph.size(); u++) {
        line += unitWidth(paragraph.get(u)) + (u > 0 ? space(bold) : 0);
      }
      widest = Math.max(widest, line);
    }
    return widest;
  }

  /** Width of the widest unbreakable unit. */
  static double longestUnit(Cell cell, boolean bold) {
    double widest = 0;
    for (List<List<Piece>> paragraph : paragraphs(cell, bold)) {
      for (List<Piece> unit : paragraph) {
        widest = Math.max(widest, unitWidth(unit));
      }
    }
    return widest;
  }

  /** The cell laid out in lines of at most {@code maxWidth} pixels. */
  static List<List<Fragment>> lines(Cell cell, boolean bold, double maxWidth) {
    List<List<Fragment>> lines = new ArrayList<>();
    for (List<List<Piece>> paragraph : paragraphs(cell, bold)) {
      List<Fragment> line = new ArrayList<>();
      double width = 0;
      for (List<Piece> unit : paragraph) {
        double w = unitWidth(unit);
        if (!line.isEmpty() && width + space(bold) + w > maxWidth) {
          lines.add(line);
          line = new ArrayList<>();
          width = 0;
        }
        if (line.isEmpty() && w > maxWidth) {
          width = splitLongUnit(unit, bold, maxWidth, lines, line);
          continue;
        }
        if (!line.isEmpty()) {
          // A space between differently styled words is plain, so no underline or strike runs past a word.
          Run before = line.get(line.size() - 1).run();
          append(line, " ", sameStyle(before, unit.get(0).run()) ? before : Run.plain(" "));
          width += space(bold);
        }
        for (Piece p : unit) {
          append(line, p.text(), p.run());
        }
        width += w;
      }
      lines.add(line);
    }
    if (lines.size() > MAX_LINES) {
      List<List<Fragment>> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
      List<Fragment> last = new ArrayList<>(cut.get(MAX_LINES - 1));
      append(last, " …", last.isEmpty() ? Run.plain("") : last.get(last.size() - 1).run());
      cut.set(MAX_LINES - 1, last);
      return cut;
    }
    return lines;
  }

  /** Fills lines with the characters of a unit too wide for the column; returns the width left on the last line. */
  private static double splitLongUnit(List<Piece> unit, boolean bold, double maxWidth, List<List<Fragment>> lines,
      List<Fragment> line) {
    double width = 0;
    for (Piece p : unit) {
      String t = p.text();
      int start = 0;
      for (int i = 0; i < t.length(); ) {
        int end = DisplayWidth.clusterEnd(t, i);
        double w = TextMeasure.width(t.substring(i, end), bold || p.run().bold(), p.run().code());
        if (width + w > maxWidth && width > 0) {
          append(line, t.substring(start, i), p.run());
          lines.add(new ArrayList<>(line));
          line.clear();
          width = 0;
          start = i;
        }
        width += w;
        i = end;
      }
      append(line, t.substring(start), p.run());
    }
    return width;
  }

  private static void append(List<Fragment> line, String text, Run run) {
    if (text.isEmpty()) {
      return;
    }
    if (!line.isEmpty() && sameStyle(line.get(line.size() - 1).run(), run)) {
      Fragment last = line.remove(line.size() - 1);
      line.add(new Fragment(last.text() + text, last.run()));
    } else {
      line.add(new Fragment(text, run));
    }
  }

  static boolean sameStyle(Run a, Run b) {
    return a.bold() == b.bold() && a.italic() == b.italic() && a.code() == b.code() && a.strike() == b.strike()
        && Objects.equals(a.href(), b.href());
  }

  private static double space(boolean bold) {
    return TextMeasure.width(" ", bold, false);
  }

  private static double unitWidth(List<Piece> unit) {
    double w = 0;
    for (Piece p : unit) {
      w += p.width();
    }
    return w;
  }

  /** The cell as paragraphs (split at newlines) of units (split at spaces) of styled pieces. */
  private static List<List<List<Piece>>> paragraphs(Cell cell, boolean bold) {
    List<List<List<Piece>>> paragraphs = new ArrayList<>();
    List<List<Piece>> paragraph = new ArrayList<>();
    List<Piece> unit = new ArrayList<>();
    for (Run run : cell.runs()) {
      String text = run.text();
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : 0;
        boolean end = i == text.length();
        boolean space = !end && (c == ' ' || c == '\t');
        boolean newline = !end && (c == '\n' || c == '\r');
        if (end || space || newline) {
          if (i > start) {
            String t = text.substring(start, i);
            unit.add(new Piece(t, run, TextMeasure.width(t, bold || run.bold(), run.code())));
          }
          if (space || newline) {
            if (!unit.isEmpty()) {
              paragraph.add(unit);
              unit = new ArrayList<>();
            }
          }
          if (newline) {
            paragraphs.add(paragraph);
            paragraph = new ArrayList<>();
          }
          start = i + 1;
        }
      }
    }
    if (!unit.isEmpty()) {
      paragraph.add(unit);
    }
    paragraphs.add(paragraph);
    return paragraphs;
  }
}
