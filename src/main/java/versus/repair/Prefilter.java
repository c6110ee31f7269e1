package versus.repair;

/**
 * The fast test that lets clean text through untouched: mojibake needs a character that some code page maps to a
 * UTF-8 lead byte, followed by one it maps to a continuation byte (or a marker of a lost byte), or a stray C1
 * control. One table lookup per non-ASCII character; pure ASCII costs a single comparison per character.
 */
final class Prefilter {

  private static final byte LEAD = 1;
  private static final byte CONTINUATION = 2;
  private static final byte C1 = 4;
  private static final byte[] FLAGS = new byte[0x10000];

  static {
    for (CodePage page : CodePage.ALL) {
      for (int b = 0x80; b < 0x100; b++) {
        char c = page.charOf(b);
        FLAGS[c] |= (byte) ((b >= 0xC2 && b <= 0xF4 ? LEAD : 0) | (b <= 0xBF ? CONTINUATION : 0));
      }
    }
    for (int c = 0x80; c < 0xA0; c++) {
      FLAGS[c] |= C1 | CONTINUATION;
    }
  }

  /** Per BMP character, a bit for each code page (by index in {@link CodePage#ALL}) that maps it to a lead byte. */
  private static final short[] LEAD_PAGES = new short[0x10000];

  static {
    for (int p = 0; p < CodePage.ALL.size(); p++) {
      CodePage page = CodePage.ALL.get(p);
      for (int b = 0xC2; b <= 0xF4; b++) {
        LEAD_PAGES[page.charOf(b)] |= (short) (1 << p);
      }
    }
  }

  private Prefilter() {}

  /** The code pages (bits by index) in which some character of the line is a lead byte. */
  static int leadPages(int[] cps, int length) {
    int mask = 0;
    for (int i = 0; i < length; i++) {
      int c = cps[i];
      mask |= c >= 0x80 && c < 0x10000 ? LEAD_PAGES[c] : 0;
    }
    return mask;
  }

  /** Whether {@code text[from, to)} may hold mojibake; false means it certainly holds none. */
  static boolean mayHaveMojibake(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      byte f = FLAGS[c];
      if ((f & C1) != 0) {
        return true;
      }
      if ((f & LEAD) != 0 && i + 1 < to) {
        char n = text.charAt(i + 1);
        if ((FLAGS[n] & CONTINUATION) != 0 || n == ' ' || n == '?' || n == '\uFFFD') {
          return true;
        }
      }
    }
    return false;
  }
}
