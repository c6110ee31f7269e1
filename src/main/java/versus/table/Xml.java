package versus.table;

/** Locale-free numbers and XML escaping for the table writer, so output is the same bytes everywhere. */
final class Xml {

  private Xml() {}

  /** Appends {@code v} rounded to one decimal without a locale: {@code 12.5}, {@code 3}, never {@code 12,5}. */
  static StringBuilder num(StringBuilder out, double v) {
    long tenths = Math.round(v * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
    return out;
  }

  /** Appends {@code text} escaped for XML; characters XML 1.0 forbids become U+FFFD. */
  static StringBuilder escape(StringBuilder out, CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : '\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out;
  }
}
