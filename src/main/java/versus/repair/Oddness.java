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
  private static final int DASH = 11;
  private static final int NEUTRAL = 0;

  /** {@link #kind} of every BMP character, computed once: Character.getType is the hot spot otherwise. */
  private static final byte[] KINDS = new byte[0x10000];

  private static final byte[] FLAGS = new byte[0x10000];
  private static final byte IS_LETTER = 1;
  private static final byte IS_UPPER = 2;
  private static final byte IS_LOWER = 4;
  private static final byte IS_SPACE = 8;
  private static final byte IS_DIGIT = 16;

  /** {@link #script} of every BMP character, as an index into {@link #SCRIPT_VALUES}. */
  private static final UnicodeScript[] SCRIPT_VALUES = UnicodeScript.values();

  private static final byte[] SCRIPTS = new byte[0x10000];

  /** Per script ordinal: {@link #EAST_ASIAN}, {@link #EUROPEAN} or 0, for {@link #scriptDistance}. */
  private static final byte[] SCRIPT_GROUPS = new byte[SCRIPT_VALUES.length];

  private static final byte EAST_ASIAN = 1;
  private static final byte EUROPEAN = 2;
  private static final int COMMON = UnicodeScript.COMMON.ordinal();

  static {
    for (int c = 0; c < 0x10000; c++) {
      KINDS[c] = (byte) computeKind(c);
      SCRIPTS[c] = (byte) computeScript(c).ordinal();
      int f = Character.isLetter(c) || (c >= 0x80 && Character.isDigit(c)) ? IS_LETTER : 0;
      f |= Character.isUpperCase(c) ? IS_UPPER : 0;
      f |= Character.isLowerCase(c) ? IS_LOWER : 0;
      f |= c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR
          ? IS_SPACE
          : 0;
      f |= Character.isDigit(c) ? IS_DIGIT : 0;
      FLAGS[c] = (byte) f;
    }
    for (UnicodeScript s : SCRIPT_VALUES) {
      SCRIPT_GROUPS[s.ordinal()] = eastAsian(s) ? EAST_ASIAN : european(s) ? EUROPEAN : 0;
    }
  }

  private final CharStats stats;

  /** {@link #isRare} of every BMP character: looking up the corpus takes three binary searches. */
  private final boolean[] rare = new boolean[0x10000];

  Oddness(CharStats stats) {
    this.stats = stats;
    for (int c = 0; c < 0x10000; c++) {
      rare[c] = computeIsRare(c);
    }
  }

  /** Sum of {@link #at} over {@code [from, to)}, clamped to the text. */
  int window(int[] cps, int length, int from, int to) {
    int sum = 0;
    for (int i = Math.max(0, from); i < Math.min(length, to); i++) {
      sum += at(cps, length, i);
    }
    return sum;
  }

  /**
   * How far {@link #at} looks: {@code at(cps, length, i)} depends only on {@code cps[i - REACH_BEFORE, i +
   * REACH_AFTER]} (the neighbours and the symbol run) and on whether those indices lie inside the line.
   * {@link LineOddness#change} relies on it: keep these in step with {@link #at} and {@link #symbolRun}.
   */
  static final int REACH_BEFORE = 4;

  static final int REACH_AFTER = 3;

  /** The penalty of {@code cps[i]} given its neighbours; 0 for anything ordinary. */
  int at(int[] cps, int length, int i) {
    int c = cps[i];
    int prev = i > 0 ? cps[i - 1] : 0; // the ends of a line are neither space nor letter
    int next = i + 1 < length ? cps[i + 1] : 0;
    if (c < 0x80 && prev < 0x80) {
      return 0;
    }
    return single(c, prev, next) + (isSymbol(c) && symbolRun(cps, length, i) >= 4 ? 1 : 0);
  }

  private int single(int c, int prev, int next) {
    return switch (kind(c)) {
      case CONTROL -> c >= 0x80 ? 3 : 0;
      case SYMBOL -> (isLetter(prev) || isLetter(next)) && !verticalLine(c) ? 2 : 0;
      case ACCENT -> isLetter(prev) || isLetter(next) ? 2 : 0;
      case MATH -> isLetter(prev) ? 2 : 0;
      case OPEN -> isLetter(prev) ? 2 : 0;
      case CLOSE, MARK -> isLetter(next) ? 2 : 0;
      case SPACE -> isSpace(prev) || isSpace(next) ? 2 : caseChange(prev, next) ? 1 : 0;
      case COMBINING -> isSpace(prev) || kind(prev) == CONTROL ? 2 : composes(prev, c) ? 1 : 0;
      case DASH -> glued(prev) && glued(next) && (prev >= 0x80 || next >= 0x80) ? 1 : 0;
      case LETTER -> letter(c, prev, next);
      default -> 0;
    };
  }

  private int letter(int c, int prev, int next) {
    int penalty = 0;
    if (c >= 0x80) {
      if (isUpper(c) && isLower(prev)) {
        penalty += 2;
      } else if (isLower(c) && isUpper(prev) && isUpper(next)) {
        penalty += 1;
      }
      penalty += isLetter(prev) ? scriptDistance(c, prev) : 0;
    } else if (prev >= 0x80 && isLetter(prev)) {
      // an ASCII letter right after a letter of a far script (东j); Latin after Greek is science (IL2Rγc)
      penalty += scriptDistance(c, prev) >= 3 ? 3 : 0;
    }
    return penalty;
  }

  /**
   * Length of the run of non-ASCII symbols around {@code i}. Long runs of quotes, signs and marks are what UTF-8
   * Hebrew or Arabic looks like in windows-1252 ({@code ×‘×”×•×“×¢×”}); clean text has short ones ({@code “×”}).
   */
  private static int symbolRun(int[] cps, int length, int i) {
    int from = i;
    while (from > 0 && i - from < 4 && isSymbol(cps[from - 1])) {
      from--;
    }
    int to = i + 1;
    while (to < length && to - from < 4 && isSymbol(cps[to])) {
      to++;
    }
    return to - from;
  }

  private static boolean isSymbol(int c) {
    if (c < 0x80 || (c >= 0x2500 && c < 0x2580)) {
      return false; // box drawing forms long runs in clean diagrams
    }
    int k = kind(c);
    return k == OPEN || k == CLOSE || k == MARK || k == MATH || k == ACCENT || k == SYMBOL || k == CONTROL;
  }

  /** A combining mark that NFC would have merged into its base: clean text usually carries the composed letter. */
  private static boolean composes(int base, int mark) {
    if (!isLetter(base) || base >= 0x2000 || mark < 0x300 || mark > 0x36F) {
      return false; // precomposed letters exist only for Latin, Greek and Cyrillic with the common diacritics
    }
    String pair = new StringBuilder().appendCodePoint(base).appendCodePoint(mark).toString();
    String composed = java.text.Normalizer.normalize(pair, java.text.Normalizer.Form.NFC);
    return composed.codePointCount(0, composed.length()) == 1;
  }

  /**
   * A no-break space between a capital and a small letter sits inside a word ({@code GÃ idhlig}); between two
   * capitals or two small letters it separates words, as in {@code SELKÄ EDELLÄ}.
   */
  private static boolean caseChange(int prev, int next) {
    return isLetter(prev)
        && isLetter(next)
        && (isUpper(prev) != isUpper(next) || isLower(prev) != isLower(next));
  }

  /**
   * Whether a dash touches {@code c} as part of one token: {@code –°—ä} (Cyrillic in Mac Roman) is glued, a spaced
   * dash, a digit range ({@code 10–12}) or an ASCII compound ({@code well—known}) is not.
   */
  private static boolean glued(int c) {
    return c != 0 && !isSpace(c) && !(c < 0x10000 ? (FLAGS[c] & IS_DIGIT) != 0 : Character.isDigit(c));
  }

  /** Box drawing without horizontal arms (│ ┃ ║): diagrams put text right beside it. */
  private static boolean verticalLine(int c) {
    int[] arms = Grid.arms(c);
    return arms[Grid.LEFT] == 0 && arms[Grid.RIGHT] == 0 && (arms[Grid.UP] > 0 || arms[Grid.DOWN] > 0);
  }

  /**
   * 0 for one script (or scripts written together, like kanji and kana), 1 for Latin, Greek and Cyrillic side by side
   * (names, science), 3 for anything else.
   */
  static int scriptDistance(int a, int b) {
    int sa = scriptOrdinal(a);
    int sb = scriptOrdinal(b);
    if (sa == sb || sa == COMMON || sb == COMMON) {
      return 0;
    }
    if (SCRIPT_GROUPS[sa] == EAST_ASIAN && SCRIPT_GROUPS[sb] == EAST_ASIAN) {
      return 0; // Japanese mixes kanji and kana, Korean may mix hanja and hangul
    }
    return SCRIPT_GROUPS[sa] == EUROPEAN && SCRIPT_GROUPS[sb] == EUROPEAN ? 1 : 3;
  }

  /** {@link #script} as an ordinal, without going through the enum for BMP characters. */
  private static int scriptOrdinal(int cp) {
    return cp < 0x10000 ? SCRIPTS[cp] & 0xFF : script(cp).ordinal();
  }

  private static boolean eastAsian(UnicodeScript s) {
    return s == UnicodeScript.HAN
        || s == UnicodeScript.HIRAGANA
        || s == UnicodeScript.KATAKANA
        || s == UnicodeScript.HANGUL
        || s == UnicodeScript.BOPOMOFO;
  }

  static UnicodeScript script(int cp) {
    if (cp < 0x10000) {
      return SCRIPT_VALUES[SCRIPTS[cp] & 0xFF];
    }
    UnicodeScript s = UnicodeScript.of(cp);
    return s == UnicodeScript.INHERITED ? UnicodeScript.COMMON : s;
  }

  private static UnicodeScript computeScript(int cp) {
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
    return cp >= 0 && cp < 0x10000 ? rare[cp] : computeIsRare(cp);
  }

  private boolean computeIsRare(int cp) {
    return covered(cp) && stats.foldedCount(cp) < CharStats.RARE;
  }

  /**
   * Letters whose corpus counts mean something: the two-byte range (Latin, Greek, Cyrillic, Armenian, Hebrew,
   * Arabic and their neighbours), phonetic, Vietnamese and all other Latin (but the ligatures ﬁ ﬂ, compatibility
   * characters an NFC corpus never holds). Kana, Han and Hangul: the corpus has too little Japanese, Chinese and
   * Korean to vouch for each character.
   */
  private static boolean covered(int cp) {
    return Character.isLetter(cp)
        && cp >= 0x80
        && (cp < 0x800
            || (cp >= 0x1D00 && cp < 0x1F00)
            || (cp >= 0xA700 && cp < 0xA800) // Latin Extended-D with the tone letters, which Unicode files as Common
            // other letters of no script (Vedic signs ᳳ, ...), but the East Asian ones such as the long-vowel mark ー
            || (script(cp) == UnicodeScript.COMMON && (cp < 0x3000 || (cp >= 0xA000 && cp < 0xF900)))
            || (script(cp) == UnicodeScript.LATIN && (cp < 0xFB00 || cp > 0xFB06)));
  }

  static boolean isLetter(int cp) {
    if (cp < 0x10000) {
      return (FLAGS[cp] & IS_LETTER) != 0;
    }
    return Character.isLetter(cp) || Character.isDigit(cp);
  }

  static boolean isSpace(int cp) {
    return cp < 0x10000 ? (FLAGS[cp] & IS_SPACE) != 0 : Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static boolean isUpper(int cp) {
    return cp < 0x10000 ? (FLAGS[cp] & IS_UPPER) != 0 : Character.isUpperCase(cp);
  }

  private static boolean isLower(int cp) {
    return cp < 0x10000 ? (FLAGS[cp] & IS_LOWER) != 0 : Character.isLowerCase(cp);
  }

  private static int kind(int c) {
    return c < 0x10000 ? KINDS[c] : computeKind(c);
  }

  private static int computeKind(int c) {
    if (c < 0x80) {
      return Character.isLetter(c) ? LETTER : c < 0x20 ? CONTROL : NEUTRAL;
    }
    switch (c) {
      case 0x2019, 0x02BC, 0x00B7, 0x00AD, 0x2027, 0xFFFD -> {
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
      case Character.DECIMAL_DIGIT_NUMBER, // digits of other scripts belong with their letters
          Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER -> LETTER;
      case Character.SPACE_SEPARATOR -> SPACE;
      case Character.DASH_PUNCTUATION -> DASH;
      // punctuation of other scripts (Arabic comma, Devanagari danda, CJK full stop) sits among their letters
      case Character.INITIAL_QUOTE_PUNCTUATION, Character.START_PUNCTUATION -> c >= 0x2E80 ? NEUTRAL : OPEN;
      case Character.FINAL_QUOTE_PUNCTUATION, Character.END_PUNCTUATION -> c >= 0x2E80 ? NEUTRAL : CLOSE;
      case Character.CURRENCY_SYMBOL -> MARK;
      case Character.MATH_SYMBOL -> MATH;
      case Character.MODIFIER_SYMBOL -> ACCENT;
      case Character.OTHER_PUNCTUATION -> c >= 0x370 && (c < 0x2000 || c >= 0x2C00) ? NEUTRAL : SYMBOL;
      case Character.OTHER_SYMBOL, Character.OTHER_NUMBER ->
          c >= 0x1F000 || (c >= 0x2600 && c < 0x2800) ? NEUTRAL : SYMBOL;
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> COMBINING;
      case Character.CONTROL -> CONTROL;
      default -> NEUTRAL;
    };
  }
}
