package versus.repair;

/**
 * One stretch of a line that reads as UTF-8 when its characters are turned back into bytes of a code page.
 *
 * @param start first character index in the line (code points)
 * @param end index after the last character
 * @param kind what kind of stretch it is
 * @param bytes the bytes found, lead first ({@link Utf8#MARKER} where a marker stood); for {@link Kind#INCOMPLETE}
 *     only the bytes that survived
 * @param codePoint the decoded character, U+FFFD for a marker sequence, -1 when incomplete
 */
record Seq(int start, int end, Kind kind, int[] bytes, int codePoint) {

  /** The kinds of stretch the scanner finds. */
  enum Kind {
    /** Every byte is there. */
    COMPLETE,
    /** A U+FFFD or '?' stands for a byte an earlier decoder could not keep; repaired to U+FFFD. */
    MARKER,
    /** A space stands for byte 0xA0 (a no-break space that became a plain space). */
    SPACE_A0,
    /** Bytes are missing and nothing marks them: the code page's undefined bytes were dropped. */
    INCOMPLETE
  }

  /** Whether this is a sequence of three or more bytes: unlikely to arise by chance in clean text. */
  boolean isLong() {
    return bytes.length >= 3;
  }
}
