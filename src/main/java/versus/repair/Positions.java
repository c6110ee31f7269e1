package versus.repair;

/**
 * The line and column of offsets in a text, visited left to right: the repairs of a note, in order. Lines and columns
 * are counted as {@link versus.diag.LineIndex} counts them (a line ends at {@code \n}, or at a {@code \r} that no
 * {@code \n} follows; columns are 1-based code points), but the text is searched for line ends with
 * {@link String#indexOf(int, int)} only up to the last offset asked, instead of read char by char to the end.
 */
final class Positions {

  private static final int NONE = Integer.MAX_VALUE;

  private final String text;
  private int offset;
  private int line = 1;
  private int lineStart;
  private int nextLineFeed = -1; // the first \n at or after offset, NONE when there is none; -1 before the first search
  private int nextReturn = -1; // the same for a \r that ends a line

  Positions(String text) {
    this.text = text;
  }

  /** Moves to {@code to}, which may lie before the current offset (then the count starts again). */
  void moveTo(int to) {
    if (to < offset) {
      offset = 0;
      line = 1;
      lineStart = 0;
      nextLineFeed = nextReturn = -1;
    }
    for (int end = nextLineEnd(); end < to; end = nextLineEnd()) {
      line++;
      lineStart = offset = end + 1;
    }
    offset = to;
  }

  /** The 1-based line of the current offset. */
  int line() {
    return line;
  }

  /** The 1-based column of the current offset, in code points. */
  int column() {
    return text.codePointCount(lineStart, offset) + 1;
  }

  private int nextLineEnd() {
    if (nextLineFeed < offset) {
      nextLineFeed = find('\n', offset);
    }
    while (nextReturn < offset || (nextReturn != NONE && followedByLineFeed(nextReturn))) {
      nextReturn = find('\r', Math.max(offset, nextReturn + 1));
    }
    return Math.min(nextLineFeed, nextReturn);
  }

  private boolean followedByLineFeed(int i) {
    return i + 1 < text.length() && text.charAt(i + 1) == '\n';
  }

  private int find(char c, int from) {
    int i = text.indexOf(c, from);
    return i < 0 ? NONE : i;
  }
}
