package versus.diagram;

/** Locale-free number formatting and XML escaping for the SVG writer; output is byte-for-byte deterministic. */
final class Svg {

  private Svg() {}

  /** Appends {@code v} rounded to two decimals, without trailing zeros or a locale ({@code 12.5}, never {@code 12,50}). */
  static StringBuilder num(StringBuilder out, double v) {
    long hundredths = Math.round(v * 100);
    if (hundredths < 0) {
      out.append('-');
      hundredths = -hundredths;
    }
    out.append(hundredths / 100);
    long frac = hundredths % 100;
    if (frac != 0) {
      out.append('.');
      out.append(frac / 10);
      if (frac % 10 != 0) {
        out.append(frac % 10);
      }
    }
    return out;
  }

  static String num(double v) {
    return num(new StringBuilder(), v).toString();
  }

  /**
   * Appends {@code text} escaped for XML text and attribute values; characters XML 1.0 forbids (controls, lone
   * surrogates, U+FFFE/U+FFFF) become U+FFFD so the document stays well-formed.
   */
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
          } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
              || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out;
  }

  /** {@code prefix} made safe as the start of an XML id: letters, digits, {@code - _ .}, beginning with a letter. */
  static String idPrefix(String prefix) {
    StringBuilder out = new StringBuilder();
    if (prefix != null) {
      for (int i = 0; i < prefix.length(); i++) {
        char c = prefix.charAt(i);
        boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.';
        out.append(ok ? c : '-');
      }
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
      out.insert(0, "d");
    }
    return out.toString();
  }
}
