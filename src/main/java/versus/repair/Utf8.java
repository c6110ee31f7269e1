package versus.repair;

/** UTF-8 byte rules (RFC 3629), kept separate so the scanner and the decoder share one definition. */
final class Utf8 {

  /** Stands for a byte that is known to be lost: a U+FFFD or a '?' left by an earlier lossy decoder. */
  static final int MARKER = -2;

  private Utf8() {}

  /** How many continuation bytes follow {@code lead}, or -1 when it cannot start a sequence. */
  static int continuations(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 1;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 2;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 3;
    }
    return -1;
  }

  static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * Whether {@code b} may stand at position {@code index} (1-based after the lead) of a sequence that starts with
   * {@code lead}. ED followed by A0..BF is let through: it is CESU-8, a surrogate half that only a pair makes valid.
   */
  static boolean allowed(int lead, int index, int b) {
    if (b == MARKER) {
      return true;
    }
    if (!isContinuation(b)) {
      return false;
    }
    if (index != 1) {
      return true;
    }
    return switch (lead) {
      case 0xE0 -> b >= 0xA0;
      case 0xF0 -> b >= 0x90;
      case 0xF4 -> b <= 0x8F;
      default -> true;
    };
  }

  /** The code point of a complete sequence of {@code bytes} (no markers), or -1 when it is not valid. */
  static int decode(int[] bytes, int length) {
    int lead = bytes[0];
    int n = continuations(lead);
    if (n < 0 || length != n + 1) {
      return -1;
    }
    int cp = lead & (0x3F >> n);
    for (int i = 1; i <= n; i++) {
      if (!allowed(lead, i, bytes[i]) || bytes[i] == MARKER) {
        return -1;
      }
      cp = (cp << 6) | (bytes[i] & 0x3F);
    }
    return cp;
  }

  /** Length of the valid UTF-8 sequence at {@code bytes[i]}, or 0 when there is none (strict: no CESU-8). */
  static int validLength(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    int n = continuations(lead);
    if (n < 0 || i + n >= bytes.length) {
      return 0;
    }
    for (int k = 1; k <= n; k++) {
      int b = bytes[i + k] & 0xFF;
      if (!allowed(lead, k, b) || (k == 1 && lead == 0xED && b >= 0xA0)) {
        return 0;
      }
    }
    return n + 1;
  }
}
