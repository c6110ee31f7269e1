package versus.diagram;

/**
 * How many monospace cells a code point or a string takes: East Asian Wide and Fullwidth characters and emoji take two,
 * combining marks, variation selectors, zero-width joiners and other format characters take none, everything else one.
 *
 * <p>The wide ranges come from the Unicode Character Database (see {@link WidthData}); the zero-width test uses the
 * JDK's general categories. Pure arithmetic and binary search: no fonts are consulted, so the answer is the same on
 * every machine. Thread-safe (stateless).
 */
public final class DisplayWidth {

  private DisplayWidth() {}

  /** Cells taken by {@code codePoint} on its own: 0, 1 or 2. Control characters count as 0. */
  public static int of(int codePoint) {
    if (codePoint < 0x20) {
      return 0;
    }
    if (codePoint < 0x7F) {
      return 1;
    }
    if (isZeroWidth(codePoint)) {
      return 0;
    }
    return inRanges(WidthData.WIDE, codePoint) ? 2 : 1;
  }

  /**
   * Cells taken by {@code text} as a terminal or a monospace font draws it: the sum over its grapheme clusters (see
   * {@link #clusterEnd}), so a text-style emoji followed by U+FE0F takes two cells, a flag (two regional indicators)
   * two, and code points joined by U+200D nothing extra.
   */
  public static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int end = clusterEnd(text, i);
      width += clusterWidth(text, i, end);
      i = end;
    }
    return width;
  }

  /**
   * End (exclusive) of the user-perceived character starting at {@code start}: the base code point plus the marks,
   * variation selectors, skin-tone modifiers and ZWJ-joined code points that a font draws with it. A simplified form of
   * Unicode grapheme clusters, enough to keep an emoji and its selector in one cell; callers that break text use it so
   * as never to split one.
   */
  public static int clusterEnd(CharSequence s, int start) {
    int base = Character.codePointAt(s, start);
    int i = start + Character.charCount(base);
    if (base < 0x20 || (base >= 0x7F && base < 0xA0)) {
      return i;
    }
    if (isRegionalIndicator(base) && i < s.length() && isRegionalIndicator(Character.codePointAt(s, i))) {
      return i + 2;
    }
    boolean wide = of(base) == 2;
    while (i < s.length()) {
      int cp = Character.codePointAt(s, i);
      if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
        break;
      }
      if (cp == 0x200D) {
        i += 1;
        if (i < s.length()) {
          int joined = Character.codePointAt(s, i);
          if (joined >= 0x20) {
            i += Character.charCount(joined);
          }
        }
      } else if (isZeroWidth(cp) || (wide && isEmojiModifier(cp))) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  /** Cells taken by the cluster {@code s[start, end)} found by {@link #clusterEnd}: 0, 1 or 2. */
  static int clusterWidth(CharSequence s, int start, int end) {
    int base = Character.codePointAt(s, start);
    int next = start + Character.charCount(base);
    if (isRegionalIndicator(base)) {
      return end > next ? 2 : 1;
    }
    int w = of(base);
    if (w == 1 && next < end && s.charAt(next) == '\uFE0F' && widensWithEmojiSelector(base)) {
      return 2;
    }
    return w;
  }

  /** True for code points drawn on top of the previous one: marks, format characters, variation selectors. */
  static boolean isZeroWidth(int cp) {
    if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
      return true;
    }
    if (cp >= 0x1160 && cp <= 0x11FF) {
      return true; // Hangul medial vowels and final consonants combine with the syllable before them
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL;
  }

  /** True if {@code cp} is a narrow character that an emoji variation selector (U+FE0F) turns into a wide emoji. */
  static boolean widensWithEmojiSelector(int cp) {
    return cp >= 0 && inRanges(WidthData.EMOJI_WITH_VS16, cp);
  }

  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** True for emoji skin-tone modifiers, which join the emoji before them. */
  static boolean isEmojiModifier(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  /** Binary search over sorted inclusive {@code [lo, hi]} pairs. */
  private static boolean inRanges(int[] ranges, int cp) {
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < ranges[2 * mid]) {
        hi = mid - 1;
      } else if (cp > ranges[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
