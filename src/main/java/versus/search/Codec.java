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
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
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
