package versus.repair;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Makes mojibake on purpose: clean text encoded as UTF-8 and decoded with a single-byte code page. */
final class Breaker {

  /** What a decoder does with the bytes its code page leaves undefined. */
  enum Variant {
    /** Keeps them as the C1 control of the same number (Python's "sloppy" codecs, Latin-1). */
    SLOPPY,
    /** Drops them (some Windows converters). */
    DROPPED,
    /** Replaces them with U+FFFD. */
    REPLACED
  }

  private Breaker() {}

  /** {@code clean} broken once through {@code charset}. */
  static String once(String clean, String charset, Variant variant) {
    Charset cs = Charset.forName(charset);
    StringBuilder sb = new StringBuilder();
    for (byte b : clean.getBytes(StandardCharsets.UTF_8)) {
      int u = b & 0xFF;
      if (u < 0x80) {
        sb.append((char) u);
        continue;
      }
      String d = new String(new byte[] {b}, cs);
      if (!d.equals("\uFFFD")) {
        sb.append(d);
      } else if (variant == Variant.SLOPPY) {
        sb.append((char) u);
      } else if (variant == Variant.REPLACED) {
        sb.append('\uFFFD');
      }
    }
    return sb.toString();
  }

  /** Whether the UTF-8 form of {@code cp} has a byte that {@code charset} leaves undefined. */
  static boolean losesBytes(int cp, String charset) {
    Charset cs = Charset.forName(charset);
    for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
      if ((b & 0xFF) >= 0x80 && new String(new byte[] {b}, cs).equals("\uFFFD")) {
        return true;
      }
    }
    return false;
  }
}
