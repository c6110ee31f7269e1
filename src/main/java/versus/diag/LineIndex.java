package versus.diag;

import java.util.Arrays;

/**
 * Maps a character offset in a text to a 1-based line and a 1-based column counted in code points. Built once per
 * text in linear time; each lookup is a binary search.
 */
public final class LineIndex {

  private final String text;
  private final int[] lineStarts;

  public LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** Number of lines (a text with no line break has one). */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line holding {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, clamp(offset));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 1-based column of {@code offset}, in code points from the start of its line. */
  public int column(int offset) {
    int o = clamp(offset);
    int start = lineStarts[line(o) - 1];
    return text.codePointCount(start, o) + 1;
  }

  /** The offset where 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
  }

  /** The text of 1-based {@code line}, without its line break. */
  public String lineText(int line) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  public SourcePos pos(String file, int offset) {
    return new SourcePos(file, line(offset), column(offset));
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }
}
