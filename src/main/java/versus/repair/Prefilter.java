package versus.repair;

/**
 * The fast test that lets clean text through untouched. {@link Scanner} finds a stretch only where a character that
 * one code page reads back as a UTF-8 lead byte is followed by one that the same code page reads back as a
 * continuation byte, by a marker of a lost byte ({@code ?} or U+FFFD), or by a space where that code page has a
 * no-break space at 0xA0; {@link C1Controls} needs a C1 control. Text with none of these holds no mojibake, so a
 * legitimate {@code ’} or {@code —} (lead bytes in Mac Roman only, followed by letters or spaces) costs nothing.
 * ASCII costs one comparison per character, other characters one table lookup.
 */
final class Prefilter {

  /** Per BMP character, a bit for each code page (by index in {@link CodePage#ALL}) that reads it as a lead byte. */
  private static final short[] LEAD_PAGES = new short[0x10000];

  /** Per BMP character, a bit for each code page that reads it as a continuation byte (0x80..0xBF). */
  private static final short[] CONTINUATION_PAGES = new short[0x10000];

  /** The code pages in which a space after a lead byte may stand for a lost no-break space. */
  private static final int SPACE_PAGES;

  private static final int ALL_PAGES = (1 << CodePage.ALL.size()) - 1;

  static {
    int space = 0;
    for (int p = 0; p < CodePage.ALL.size(); p++) {
      CodePage page = CodePage.ALL.get(p);
      // byteOf, not charOf: the scanner reads characters back with byteOf, so the tables agree with it exactly
      for (char c : page.characters()) {
        int b = page.byteOf(c);
        if (Utf8.continuations(b) >= 0) {
          LEAD_PAGES[c] |= (short) (1 << p);
        } else if (Utf8.isContinuation(b)) {
          CONTINUATION_PAGES[c] |= (short) (1 << p);
        }
      }
      space |= page.nbspIsA0() ? 1 << p : 0;
    }
    SPACE_PAGES = space;
  }

  private Prefilter() {}

  /** The code pages (bits by index in {@link CodePage#ALL}) that read code point {@code c} as a lead byte. */
  static int leadPages(int c) {
    return c >= 0x80 && c < 0x10000 ? LEAD_PAGES[c] : 0;
  }

  /** Whether {@code text[from, to)} may hold mojibake; false means it certainly holds none. */
  static boolean mayHaveMojibake(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0xA0) {
        return true; // a C1 control
      }
      int lead = LEAD_PAGES[c];
      if (lead != 0 && i + 1 < to && (lead & follows(text.charAt(i + 1))) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The code pages in which {@code n} may follow a lead byte in a stretch the scanner reads. */
  private static int follows(char n) {
    if (n == '?' || n == '\uFFFD') {
      return ALL_PAGES;
    }
    return n == ' ' ? SPACE_PAGES : CONTINUATION_PAGES[n];
  }
}
