package versus.diagram;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a code block is a diagram to draw: when its info string names a diagram language ({@code diagram},
 * {@code ascii}, {@code svgbob}, {@code text-diagram}), or when it has no language and most of what is written in it
 * is drawing: box-drawing, arrow and shape characters, or ASCII art that the renderer itself reads as lines and
 * arrowheads (so {@code x - y} or {@code a|b} do not count, {@code +--+} and a column of {@code |} do). Any other
 * language, {@code text} included, keeps the block as code. Thread-safe (stateless).
 */
public final class DiagramDetector {

  private static final Set<String> LANGUAGES = Set.of("diagram", "ascii", "svgbob", "text-diagram");
  /** Share of the non-space characters that must be drawing for an unlabelled block to be taken as a diagram. */
  private static final double MIN_DRAWING_SHARE = 0.5;
  private static final int MIN_DRAWING_CHARS = 6;
  /** Only this much of a block is looked at, so a huge block costs no more than a small one. */
  private static final int SAMPLE_LINES = 200;
  private static final int SAMPLE_COLUMNS = 300;
  /** A Markdown table's delimiter row, such as {@code |---|:--:|}. */
  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*$");

  private DiagramDetector() {}

  /**
   * True if a fenced or indented code block with this info string (null or empty for none) and body should be drawn.
   */
  public static boolean isDiagram(String infoString, String body) {
    String language = language(infoString);
    if (!language.isEmpty()) {
      return LANGUAGES.contains(language);
    }
    return body != null && looksDrawn(body);
  }

  /** The first word of the info string, lower-cased ({@code "Diagram {.wide}"} gives {@code diagram}). */
  static String language(String infoString) {
    if (infoString == null) {
      return "";
    }
    String s = infoString.strip();
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '{'
        && s.charAt(end) != ',') {
      end++;
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static boolean looksDrawn(String body) {
    String sample = sample(body);
    if (sample.isBlank() || isMarkdownTable(sample)) {
      return false;
    }
    Grid grid = Grid.parse(sample, DiagramRenderer.DEFAULT_TAB_WIDTH, new Issues());
    Cells cells = Cells.classify(grid);
    int written = 0;
    int drawing = 0;
    int drawnRows = 0;
    for (int r = 0; r < grid.rows; r++) {
      boolean drawnRow = false;
      for (int c = 0; c < grid.cols; c++) {
        int i = cells.index(r, c);
        int cp = grid.cells[i];
        if (cp == Grid.BLANK || cp == Grid.CONTINUATION) {
          continue;
        }
        written++;
        if (cells.kind[i] == Cells.LINE || cells.kind[i] == Cells.ARROW || Glyphs.isDrawingBlock(cp)) {
          drawing++;
          drawnRow = true;
        }
      }
      drawnRows += drawnRow ? 1 : 0;
    }
    return drawnRows >= 2 && drawing >= MIN_DRAWING_CHARS && drawing >= MIN_DRAWING_SHARE * written;
  }

  private static String sample(String body) {
    StringBuilder out = new StringBuilder();
    int lines = 0;
    int start = 0;
    while (start <= body.length() && lines < SAMPLE_LINES) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? body.length() : nl;
      out.append(body, start, Math.min(end, start + SAMPLE_COLUMNS)).append('\n');
      lines++;
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out.toString();
  }

  /** True if some line is a table delimiter row right under a line with a pipe: a Markdown table, not a drawing. */
  private static boolean isMarkdownTable(String sample) {
    String previous = "";
    for (String line : sample.split("\n", -1)) {
      if (previous.indexOf('|') >= 0 && line.indexOf('-') >= 0 && line.indexOf('+') < 0
          && TABLE_DELIMITER.matcher(line).matches()) {
        return true;
      }
      previous = line;
    }
    return false;
  }
}
