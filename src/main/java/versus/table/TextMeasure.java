package versus.table;

import versus.diagram.DisplayWidth;

/**
 * Estimates how wide text is drawn, in pixels at {@link #FONT_SIZE}, without fonts: each character is classed (narrow
 * punctuation, lower case, upper case, digits, wide CJK and emoji at double width, zero-width marks) and given a typical
 * advance for a sans-serif UI font. Inline code uses monospace cells. Pure arithmetic, so the layout is the same on
 * every machine; the advances are those of wide fonts such as DejaVu Sans, so the estimate errs wide
 * and text rarely overflows its cell.
 */
final class TextMeasure {

  static final double FONT_SIZE = 14;
  /** Advance of one monospace cell, in ems. */
  private static final double MONO_EM = 0.6;
  private static final double BOLD_FACTOR = 1.07;

  private TextMeasure() {}

  /** Width in pixels of {@code text} in the given style. */
  static double width(CharSequence text, boolean bold, boolean code) {
    double em = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && (i + 1 == n || text.charAt(i + 1) < 0x7F)) {
        // Printable ASCII followed by ASCII is a one-cell cluster of its own: most table text, measured without the
        // cluster analysis (which took a third of rendering a table's SVG). The same figure as clusterEm gives.
        em += code ? MONO_EM : asciiEm(c);
        i++;
        continue;
      }
      int end = DisplayWidth.clusterEnd(text, i);
      em += clusterEm(text, i, end, code);
      i = end;
    }
    return em * FONT_SIZE * (bold && !code ? BOLD_FACTOR : 1);
  }

  /** Width in ems of the character {@code text[start, end)}. */
  static double clusterEm(CharSequence text, int start, int end, boolean code) {
    int cells = DisplayWidth.of(text.subSequence(start, end));
    if (code || cells != 1) {
      return cells == 2 ? (code ? 2 * MONO_EM : 1.2) : cells * MONO_EM;
    }
    return asciiEm(text.charAt(start));
  }

  /** Width in ems of a one-cell character outside inline code. */
  private static double asciiEm(char c) {
    if (c == ' ') {
      return 0.32;
    }
    if ("ijlI.,:;'|!`".indexOf(c) >= 0) {
      return 0.3;
    }
    if ("frt()[]{}\"/\\-".indexOf(c) >= 0) {
      return 0.42;
    }
    if (c == 'm' || c == 'w') {
      return 0.9;
    }
    if (c == 'M' || c == 'W' || c == '@' || c == '%') {
      return 0.95;
    }
    if (c >= 'A' && c <= 'Z') {
      return 0.72;
    }
    if (c >= '0' && c <= '9') {
      return 0.63;
    }
    if (c >= 'a' && c <= 'z') {
      return 0.6;
    }
    return 0.65;
  }
}
