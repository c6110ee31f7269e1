package versus.markdown;

/**
 * Takes the sting out of long runs of backslashes before flexmark sees them. flexmark 0.64.8 (its last release)
 * matches a link label with a pattern in which a backslash may be read either as the start of an escape or as itself,
 * so a run of n backslashes can be split in exponentially many ways; a paragraph that opens with {@code [} and holds two
 * runs of 18 takes seconds, two runs of 23 a minute (found by fuzzing). Outside code, each pair {@code \\} of a long
 * run becomes {@code &#92;}: both render as one backslash, but the entity gives the pattern nothing to choose between.
 * Code is left as written, where a backslash is only ever itself: fenced blocks, code spans, and indented code blocks
 * (an indented line after a blank line, outside a list).
 */
final class BackslashRuns {

  /** Shortest run rewritten; a run of 8 costs flexmark well under a millisecond. */
  static final int MIN_RUN = 8;

  /**
   * Longer lines are not searched for code spans (each opening run would scan to the end of the line: quadratic on a
   * hostile megabyte line); their backslash runs are rewritten everywhere.
   */
  static final int MAX_SPAN_LINE = 10_000;

  private BackslashRuns() {}

  static String guard(String text) {
    if (!text.contains("\\".repeat(MIN_RUN))) {
      return text; // nearly every note: no copy
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    String fence = null;
    boolean previousBlank = true;
    boolean indentedCode = false;
    boolean inList = false;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      int indent = indentOf(line);
      boolean blank = line.isBlank();
      String stripped = line.stripLeading();
      if (fence != null) {
        if (indent < 4 && stripped.startsWith(fence) && stripped.substring(fence.length()).isBlank()) {
          fence = null;
        }
        out.append(line);
      } else if (indent < 4 && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
        fence = stripped.substring(0, runLength(stripped, 0, stripped.charAt(0)));
        out.append(line);
      } else {
        if (!blank && indent < 4) {
          inList = startsListItem(stripped) || (inList && !previousBlank);
          indentedCode = false;
        } else if (!blank) {
          indentedCode = indentedCode || (previousBlank && !inList);
        }
        out.append(indentedCode ? line : outsideCodeSpans(line));
      }
      previousBlank = blank;
      if (end < text.length()) {
        out.append('\n');
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** The line with long backslash runs rewritten, except inside code spans ({@code `…`} with matching ticks). */
  private static String outsideCodeSpans(String line) {
    StringBuilder out = new StringBuilder(line.length() + 32);
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '`' && line.length() <= MAX_SPAN_LINE) {
        int ticks = runLength(line, i, '`');
        int close = closingTicks(line, i + ticks, ticks);
        int to = close < 0 ? i + ticks : close + ticks;
        out.append(line, i, to);
        i = to;
      } else if (c == '\\') {
        int run = runLength(line, i, '\\');
        if (run >= MIN_RUN) {
          out.append("&#92;".repeat(run / 2));
          if (run % 2 == 1) {
            out.append('\\');
          }
        } else {
          out.append(line, i, i + run);
        }
        i += run;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int closingTicks(String line, int from, int ticks) {
    int i = from;
    while (i < line.length()) {
      if (line.charAt(i) == '`') {
        int run = runLength(line, i, '`');
        if (run == ticks) {
          return i;
        }
        i += run;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static int runLength(String s, int from, char c) {
    int n = 0;
    while (from + n < s.length() && s.charAt(from + n) == c) {
      n++;
    }
    return n;
  }

  private static int indentOf(String line) {
    int columns = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += 4 - columns % 4;
      } else {
        break;
      }
    }
    return columns;
  }

  private static boolean startsListItem(String stripped) {
    if (stripped.length() >= 2 && "-*+".indexOf(stripped.charAt(0)) >= 0 && stripped.charAt(1) == ' ') {
      return true;
    }
    int digits = 0;
    while (digits < stripped.length() && digits < 9 && Character.isDigit(stripped.charAt(digits))) {
      digits++;
    }
    return digits > 0 && digits + 1 < stripped.length() && ".)".indexOf(stripped.charAt(digits)) >= 0
        && stripped.charAt(digits + 1) == ' ';
  }
}
