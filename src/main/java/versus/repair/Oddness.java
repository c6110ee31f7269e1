package versus.repair;

import java.lang.Character.UnicodeScript;

/**
 * How strange a character looks next to its neighbours. Mojibake puts symbols inside words ({@code Ã©}), capitals
 * after small letters ({@code voilÃ}), letters of two scripts side by side ({@code rГ©gion}) and rare letters
 * ({@code ɒ}); clean text seldom does. Repairing a sequence must lower this measure.
 */
final class Oddness {

  private static final int LETTER = 1;
  private static final int SPACE = 2;
  private static final int OPEN = 3;
  private static final int CLOSE = 4;
  private static final int MARK = 5;
  private static final int MATH = 6;
  private static final int ACCENT = 7;
  private static final int SYMBOL = 8;
  private static final int COMBINING = 9;
  private static final int CONTROL = 10;
  private static final int NEUTRAL = 0;

  private final CharStats stats;

  Oddness(CharStats stats) {
    this.stats = stats;
  }

  /** Sum of {@link #at} over {@code [from, to)}, clamped to the text. */
  int window(int[] cps, int length, int from, int to) {
    int sum = 0;
    for (int i = Math.max(0, from); i < Math.min(length, to); i++) {
      sum += at(cps, length, i);
    }
    return sum;
  }

  /** The penalty of {@code cps[i]} given its neighbours; 0 for anything ordinary. */
  int at(int[] cps, int length, int i) {
    int c = cps[i];
    int prev = i > 0 ? cps[i - 1] : ' ';
    int next = i + 1 < length ? cps[i + 1] : ' ';
    if (c < 0x80 && prev < 0x80) {
      return 0;
    }
    return switch (kind(c)) {
      case CONTROL -> c >= 0x80 ? 3 : 0;
      case SYMBOL, ACCENT -> isLetter(prev) || isLetter(next) ? 2 : 0;
      case MATH -> isLetter(prev) ? 2 : 0;
      case OPEN -> isLetter(prev) ? 2 : 0;
      case CLOSE, MARK -> isLetter(next) ? 2 : 0;
      case SPACE -> isSpace(prev) || isSpace(next) ? 2 : isLetter(prev) && isLetter(next) ? 1 : 0;
      case COMBINING -> isSpace(prev) || kind(prev) == CONTROL ? 2 : 0;
      case LETTER -> letter(c, prev, next);
      default -> 0;
    };
  }

  private int letter(int c, int prev, int next) {
    int penalty = 0;
    if (c >= 0x80) {
      if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
        penalty += 2;
      } else if (Character.isLowerCase(c) && Character.isUpperCase(prev) && Character.isUpperCase(next)) {
        penalty += 1;
      }
      if (isRare(c)) {
        penalty += 2;
      }
    }
    if (isLetter(prev) && (c >= 0x80 || prev >= 0x80)) {
      penalty += scriptDistance(c, prev);
    }
    return penalty;
  }

  /** 0 for one script, 1 for Latin, Greek and Cyrillic side by side (names, science), 3 for anything else. */
  static int scriptDistance(int a, int b) {
    UnicodeScript sa = script(a);
    UnicodeScript sb = script(b);
    if (sa == sb || sa == UnicodeScript.COMMON || sb == UnicodeScript.COMMON) {
      return 0;
    }
    return european(sa) && european(sb) ? 1 : 3;
  }

  static UnicodeScript script(int cp) {
    if (cp < 0x80) {
      return Character.isLetter(cp) ? UnicodeScript.LATIN : UnicodeScript.COMMON;
    }
    UnicodeScript s = UnicodeScript.of(cp);
    return s == UnicodeScript.INHERITED ? UnicodeScript.COMMON : s;
  }

  private static boolean european(UnicodeScript s) {
    return s == UnicodeScript.LATIN || s == UnicodeScript.GREEK || s == UnicodeScript.CYRILLIC;
  }

  /** A letter that the corpus hardly knows, in a script the corpus covers well. */
  boolean isRare(int cp) {
    if (!Character.isLetter(cp) || cp < 0x80) {
      return false;
    }
    UnicodeScript s = UnicodeScript.of(cp);
    boolean covered =
        cp < 0x800
            || european(s)
            || s == UnicodeScript.ARMENIAN
            || s == UnicodeScript.HEBREW
            || s == UnicodeScript.ARABIC;
    return covered && stats.foldedCount(cp) < CharStats.RARE;
  }

  static boolean isLetter(int cp) {
    return Character.isLetter(cp);
  }

  static boolean isSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static int kind(int c) {
    if (c < 0x80) {
      return Character.isLetter(c) ? LETTER : c < 0x20 ? CONTROL : NEUTRAL;
    }
    switch (c) {
      case 0x2019, 0x02BC, 0x00B7, 0x00AD, 0x2027 -> {
        return NEUTRAL; // apostrophe, middle dot, soft hyphen: at home inside words
      }
      case 0x00A9, 0x00AE, 0x2122, 0x00B0, 0x00B2, 0x00B3, 0x00B9, 0x2030, 0x2031, 0x00AA, 0x00BA -> {
        return MARK;
      }
      case 0x2026, 0x00A1, 0x00BF -> {
        return c == 0x2026 ? CLOSE : OPEN;
      }
      default -> {}
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER -> LETTER;
      case Character.SPACE_SEPARATOR -> SPACE;
      case Character.INITIAL_QUOTE_PUNCTUATION, Character.START_PUNCTUATION -> OPEN;
      case Character.FINAL_QUOTE_PUNCTUATION, Character.END_PUNCTUATION -> CLOSE;
      case Character.CURRENCY_SYMBOL -> MARK;
      case Character.MATH_SYMBOL -> MATH;
      case Character.MODIFIER_SYMBOL -> ACCENT;
      case Character.OTHER_SYMBOL, Character.OTHER_PUNCTUATION, Character.OTHER_NUMBER ->
          c >= 0x1F000 || (c >= 0x2600 && c < 0x2800) ? NEUTRAL : SYMBOL;
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> COMBINING;
      case Character.CONTROL -> CONTROL;
      default -> NEUTRAL;
    };
  }
}
