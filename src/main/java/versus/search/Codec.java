package versus.search;

/**
 * The text encodings of the index files, mirrored by {@code search.js}: numbers as variable-length digits of a
 * 64-character alphabet that needs no escaping in a JavaScript string, and JSON string literals.
 */
final class Codec {

  /** Digit {@code i} of the alphabet; a digit below 32 ends a number, 32 and above means "more digits follow". */
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  private Codec() {}

  /** Appends {@code value} (not negative) as 5-bit groups, lowest first. */
  static void varint(StringBuilder out, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    int v = value;
    while (v >= 32) {
      out.append(ALPHABET.charAt(32 + (v & 31)));
      v >>>= 5;
    }
    out.append(ALPHABET.charAt(v));
  }

  /** Appends a 6-bit value (0–63) as one character. */
  static void digit(StringBuilder out, int value) {
    out.append(ALPHABET.charAt(value));
  }

  /** Appends {@code s} as a JSON string literal, escaping what JSON and JavaScript source need escaped. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    int run = 0; // start of the run of characters that need no escape, appended in one go
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape =
          switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default ->
                c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !pairedSurrogate(s, i)
                    ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c)
                    : null;
          };
      if (escape != null) {
        out.append(s, run, i).append(escape);
        run = i + 1;
      }
    }
    out.append(s, run, s.length()).append('"');
  }

  private static boolean pairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** The first two code points of {@code term}: the key of the vocabulary file that lists it. */
  static String vocabKey(String term) {
    int n = Math.min(2, term.codePointCount(0, term.length()));
    return term.substring(0, term.offsetByCodePoints(0, n));
  }
}
