package versus.repair;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A single-byte code page that UTF-8 text may have been decoded with, and the way back from characters to bytes.
 * Bytes the code page leaves undefined are read back from the C1 control of the same number (the "sloppy" decoders);
 * for windows-1252 every C1 control counts, so that Latin-1 mojibake is covered by the same table.
 */
final class CodePage {

  /** The code pages tried, most common first; the prior is the cost of assuming the less common ones. */
  static final List<CodePage> ALL =
      List.of(
          new CodePage("windows-1252", 0.0, true),
          new CodePage("windows-1254", 0.2, false),
          new CodePage("windows-1251", 0.3, false),
          new CodePage("windows-1250", 0.3, false),
          new CodePage("ISO-8859-2", 0.4, false),
          new CodePage("windows-1257", 0.4, false),
          new CodePage("windows-1253", 0.4, false),
          new CodePage("x-MacRoman", 0.8, false),
          new CodePage("IBM437", 1.0, false));

  /** {@link #inAnyPage} of every BMP character. */
  private static final boolean[] IN_ANY_PAGE = new boolean[0x10000];

  static {
    for (CodePage page : ALL) {
      for (char c : page.characters()) {
        IN_ANY_PAGE[c] = true;
      }
    }
  }

  final String name;
  final double prior;
  private final char[] high = new char[128];
  private final boolean[] undefined = new boolean[128];
  private final int[] undefinedBytes;
  private final int[] undefinedContinuations;
  private final byte[][] reverse = new byte[256][];
  private final boolean nbspIsA0;

  private CodePage(String name, double prior, boolean allC1) {
    this.name = name;
    this.prior = prior;
    Charset charset = Charset.forName(name);
    int undefinedCount = 0;
    for (int b = 0x80; b < 0x100; b++) {
      String decoded = new String(new byte[] {(byte) b}, charset);
      char c = decoded.length() == 1 ? decoded.charAt(0) : '\uFFFD';
      undefined[b - 0x80] = c == '\uFFFD';
      if (undefined[b - 0x80]) {
        undefinedCount++;
        c = (char) b; // the sloppy reading: an undefined byte became the C1 control (or Latin-1 letter) of its number
      }
      high[b - 0x80] = c;
      put(c, b);
    }
    if (allC1) {
      for (int b = 0x80; b < 0xA0; b++) {
        put((char) b, b);
      }
    }
    undefinedBytes = new int[undefinedCount];
    for (int b = 0x80, k = 0; b < 0x100; b++) {
      if (undefined[b - 0x80]) {
        undefinedBytes[k++] = b;
      }
    }
    undefinedContinuations = java.util.Arrays.stream(undefinedBytes).filter(b -> b <= 0xBF).toArray();
    nbspIsA0 = high[0x20] == '\u00A0';
  }

  private void put(char c, int b) {
    byte[] page = reverse[c >> 8];
    if (page == null) {
      page = reverse[c >> 8] = new byte[256];
    }
    if (page[c & 0xFF] == 0) {
      page[c & 0xFF] = (byte) b;
    }
  }

  /** Whether some code page decodes a byte 0x80..0xFF to {@code c}: it may be mojibake of another layer. */
  static boolean inAnyPage(int c) {
    return c >= 0 && c < 0x10000 && IN_ANY_PAGE[c];
  }

  /** The characters that this code page reads back as a byte 0x80..0xFF ({@link #byteOf}), each once. */
  char[] characters() {
    StringBuilder out = new StringBuilder();
    for (int hi = 0; hi < reverse.length; hi++) {
      for (int lo = 0; reverse[hi] != null && lo < 0x100; lo++) {
        char c = (char) (hi << 8 | lo);
        if (c >= 0x80 && byteOf(c) >= 0x80) {
          out.append(c);
        }
      }
    }
    return out.toString().toCharArray();
  }

  /** The byte this code page decodes to {@code c}, or -1 when it has none (ASCII maps to itself). */
  int byteOf(int c) {
    if (c < 0x80) {
      return c;
    }
    if (c > 0xFFFF) {
      return -1;
    }
    byte[] page = reverse[c >> 8];
    return page == null || page[c & 0xFF] == 0 ? -1 : page[c & 0xFF] & 0xFF;
  }

  /** The character this code page decodes {@code b} (0x80..0xFF) to, sloppy for undefined bytes. */
  char charOf(int b) {
    return b < 0x80 ? (char) b : high[b - 0x80];
  }

  /** Bytes 0x80..0xBF that this code page leaves undefined: the ones a lossy decoder may have dropped. Read only. */
  int[] undefinedContinuations() {
    return undefinedContinuations;
  }

  boolean hasUndefined() {
    return undefinedBytes.length > 0;
  }

  /** Whether byte 0xA0 is a no-break space here, so that a space in the text may stand for it. */
  boolean nbspIsA0() {
    return nbspIsA0;
  }

  boolean isDefined(int b) {
    return b < 0x80 || !undefined[b - 0x80];
  }

  @Override
  public String toString() {
    return name;
  }
}
