package versus.repair;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into text: UTF-8 with or without byte order mark, UTF-16 with one, and files saved in a single-
 * byte code page (windows-1252, Latin-1, Mac Roman), whose code page is chosen by how natural the decoded text looks.
 * Binary files are recognised so the caller can skip them. Never throws; immutable and thread-safe.
 */
public final class TextDecoder {

  /** How much of the start of a file is inspected for binary content. */
  private static final int SNIFF = 8192;

  private static final List<byte[]> SIGNATURES =
      List.of(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
          new byte[] {'G', 'I', 'F', '8'},
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          new byte[] {'%', 'P', 'D', 'F', '-'},
          new byte[] {'P', 'K', 0x03, 0x04},
          new byte[] {0x1F, (byte) 0x8B},
          new byte[] {0x7F, 'E', 'L', 'F'});

  /** Candidate code pages for bytes that are not UTF-8, most common first (ties go to the first). */
  private static final List<String> SINGLE_BYTE = List.of("windows-1252", "ISO-8859-1", "x-MacRoman");

  private final Oddness oddness = Tables.INSTANCE.oddness;

  /** Decodes {@code bytes} (null is taken as empty). */
  public DecodedText decode(byte[] bytes) {
    byte[] b = bytes == null ? new byte[0] : bytes;
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return utf8(b, 3, true);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return text(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", true, oddWarning(b.length));
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return text(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", true, oddWarning(b.length));
    }
    if (isBinary(b)) {
      Optional<String> warning = Optional.of("binary file, skipped");
      return new DecodedText("", "binary", false, true, DecodedText.LineEnding.NONE, warning);
    }
    return utf8(b, 0, false);
  }

  private DecodedText utf8(byte[] b, int from, boolean bom) {
    int valid = 0;
    int invalid = 0;
    for (int i = from; i < b.length; ) {
      int n = Utf8.validLength(b, i);
      if (n == 0) {
        invalid++;
        i++;
      } else {
        valid += n > 1 ? 1 : 0;
        i += n;
      }
    }
    String text = new String(b, from, b.length - from, StandardCharsets.UTF_8);
    if (invalid == 0) {
      return text(text, "UTF-8", bom, Optional.empty());
    }
    if (bom || valid >= 4 * invalid) {
      // mostly UTF-8 with a few broken bytes: keep UTF-8, mark the damage
      return text(text, "UTF-8", bom, Optional.of(invalid + " malformed UTF-8 byte(s) replaced with U+FFFD"));
    }
    String best = null;
    String bestName = null;
    int bestScore = Integer.MAX_VALUE;
    for (String name : SINGLE_BYTE) {
      String candidate = new String(b, from, b.length - from, Charset.forName(name));
      int score = strangeness(candidate);
      if (score < bestScore) {
        best = candidate;
        bestName = name;
        bestScore = score;
      }
    }
    return text(best, bestName, false, Optional.of("not valid UTF-8; decoded as " + bestName));
  }

  /** How unnatural a decoding looks: oddness plus heavy costs for controls and undefined bytes. */
  private int strangeness(String s) {
    int[] cps = s.codePoints().toArray();
    int score = oddness.window(cps, cps.length, 0, cps.length);
    for (int cp : cps) {
      score += cp == 0xFFFD ? 10 : (cp >= 0x80 && cp < 0xA0) ? 5 : 0;
    }
    return score;
  }

  private static Optional<String> oddWarning(int length) {
    return length % 2 == 0 ? Optional.empty() : Optional.of("odd number of bytes in UTF-16 text; last byte replaced");
  }

  private static DecodedText text(String text, String charset, boolean bom, Optional<String> warning) {
    return new DecodedText(text, charset, bom, false, lineEnding(text), warning);
  }

  static DecodedText.LineEnding lineEnding(String s) {
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          crlf++;
          i++;
        } else {
          cr++;
        }
      } else if (c == '\n') {
        lf++;
      }
    }
    int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    if (kinds == 0) {
      return DecodedText.LineEnding.NONE;
    }
    if (kinds > 1) {
      return DecodedText.LineEnding.MIXED;
    }
    return lf > 0 ? DecodedText.LineEnding.LF : crlf > 0 ? DecodedText.LineEnding.CRLF : DecodedText.LineEnding.CR;
  }

  private static boolean isBinary(byte[] b) {
    for (byte[] sig : SIGNATURES) {
      if (b.length >= sig.length && java.util.Arrays.equals(b, 0, sig.length, sig, 0, sig.length)) {
        return true;
      }
    }
    int n = Math.min(b.length, SNIFF);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      controls += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B ? 1 : 0;
    }
    return n > 0 && controls * 10 > n; // more than one byte in ten a control: not text
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
