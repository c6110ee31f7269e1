package versus.markdown;

import versus.diag.SourcePos;

/**
 * Finds lines nested absurdly deep in lists or quotes ({@code > > > …}, {@code - - - …}, or thousands of columns of
 * indentation) before the parser sees them: flexmark's work on a list grows with the square of its depth, so a
 * hostile note ten thousand levels deep would take minutes. Real notes use a handful of levels.
 */
final class NestingGuard {

  /** Deepest nesting rendered. */
  static final int MAX_DEPTH = 1000;

  private NestingGuard() {}

  /** The 1-based line and column where nesting first exceeds {@link #MAX_DEPTH}, or null. */
  static int[] firstTooDeep(String text) {
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int depth = 0;
      int spaces = 0;
      int j = i;
      // Count the line's leading container markers and indentation (two columns ~ one list level).
      while (j < n) {
        char c = text.charAt(j);
        if (c == ' ') {
          spaces++;
          j++;
        } else if (c == '\t') {
          spaces += 4;
          j++;
        } else if (c == '>') {
          depth++;
          j++;
          if (j < n && text.charAt(j) == ' ') {
            j++; // the space after '>' belongs to the marker, not to indentation
          }
        } else if ((c == '-' || c == '*' || c == '+') && j + 1 < n && (text.charAt(j + 1) == ' ')) {
          depth++;
          j += 2;
        } else if (Character.isDigit(c)) {
          int k = j;
          while (k < n && k - j < 9 && Character.isDigit(text.charAt(k))) {
            k++;
          }
          if (k < n - 1 && (text.charAt(k) == '.' || text.charAt(k) == ')') && text.charAt(k + 1) == ' ') {
            depth++;
            j = k + 2;
          } else {
            break;
          }
        } else {
          break;
        }
        if (depth + spaces / 2 > MAX_DEPTH) {
          return new int[] {line, text.codePointCount(i, j) + 1};
        }
      }
      int end = text.indexOf('\n', j);
      i = end < 0 ? n : end + 1;
      line++;
    }
    return null;
  }

  static SourcePos at(String file, int bodyLine, int[] lineColumn) {
    return SourcePos.of(file, bodyLine + lineColumn[0] - 1, lineColumn[1]);
  }
}
