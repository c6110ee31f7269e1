package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void plainUtf8() {
    DecodedText d = decoder.decode("Zoë’s café\n".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("Zoë’s café\n");
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.bom()).isFalse();
    assertThat(d.binary()).isFalse();
    assertThat(d.lineEnding()).isEqualTo(DecodedText.LineEnding.LF);
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void utf8WithByteOrderMarkDropsTheMarkAndSaysSo() {
    byte[] body = "# Title\r\nText\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    DecodedText d = decoder.decode(bytes);
    assertThat(d.text()).isEqualTo("# Title\r\nText\r\n");
    assertThat(d.bom()).isTrue();
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.lineEnding()).isEqualTo(DecodedText.LineEnding.CRLF);
  }

  @Test
  void utf16WithByteOrderMarkInBothByteOrders() {
    String text = "Grüße 🚀\n";
    DecodedText le = decoder.decode(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE));
    DecodedText be = decoder.decode(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE));
    assertThat(le.text()).isEqualTo(text);
    assertThat(le.charset()).isEqualTo("UTF-16LE");
    assertThat(le.bom()).isTrue();
    assertThat(be.text()).isEqualTo(text);
    assertThat(be.charset()).isEqualTo("UTF-16BE");
    assertThat(be.binary()).isFalse();
  }

  @Test
  void windows1252FileIsDetectedAndNamedInAWarning() {
    byte[] bytes = "Le café coûte 5 € — très “bon”.\n".getBytes(Charset.forName("windows-1252"));
    DecodedText d = decoder.decode(bytes);
    assertThat(d.text()).isEqualTo("Le café coûte 5 € — très “bon”.\n");
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w).contains("windows-1252"));
  }

  @Test
  void macRomanFileIsDetected() {
    byte[] bytes = "Déjà vu à São Paulo, naïve café crème brûlée\n".getBytes(Charset.forName("x-MacRoman"));
    DecodedText d = decoder.decode(bytes);
    assertThat(d.text()).isEqualTo("Déjà vu à São Paulo, naïve café crème brûlée\n");
    assertThat(d.charset()).isEqualTo("x-MacRoman");
  }

  @Test
  void latin1FileDecodesThroughItsSupersetWindows1252() {
    byte[] bytes = "Größe: ½ × 3 ¾, naïve Zoë\n".getBytes(StandardCharsets.ISO_8859_1);
    DecodedText d = decoder.decode(bytes);
    assertThat(d.text()).isEqualTo("Größe: ½ × 3 ¾, naïve Zoë\n");
    assertThat(d.charset()).isEqualTo("windows-1252");
  }

  @Test
  void binaryFilesAreRecognised() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    DecodedText d = decoder.decode(png);
    assertThat(d.binary()).isTrue();
    assertThat(d.text()).isEmpty();
    assertThat(d.warning()).isPresent();
    assertThat(decoder.decode(new byte[] {'a', 0, 'b'}).binary()).isTrue();
    assertThat(decoder.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).binary()).isTrue();
  }

  @Test
  void emptyAndNullInput() {
    DecodedText d = decoder.decode(new byte[0]);
    assertThat(d.text()).isEmpty();
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.lineEnding()).isEqualTo(DecodedText.LineEnding.NONE);
    assertThat(decoder.decode(null).text()).isEmpty();
  }

  @Test
  void mostlyUtf8WithAFewBadBytesStaysUtf8AndWarns() {
    byte[] good = "naïve café résumé über Straße ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3; // a truncated sequence at the end
    DecodedText d = decoder.decode(bytes);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text()).startsWith("naïve café").endsWith("\uFFFD");
    assertThat(d.warning()).isPresent();
  }

  @Test
  void lineEndingStyles() {
    assertThat(decoder.decode("a\rb\r".getBytes(StandardCharsets.UTF_8)).lineEnding()).isEqualTo(DecodedText.LineEnding.CR);
    assertThat(decoder.decode("a\nb\r\n".getBytes(StandardCharsets.UTF_8)).lineEnding())
        .isEqualTo(DecodedText.LineEnding.MIXED);
    assertThat(decoder.decode("one line".getBytes(StandardCharsets.UTF_8)).lineEnding())
        .isEqualTo(DecodedText.LineEnding.NONE);
  }

  @Test
  void neverThrowsOnRandomBytes() {
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      DecodedText d = decoder.decode(bytes);
      assertThat(d.text()).isNotNull();
      assertThat(d.binary() || !d.charset().isEmpty()).isTrue();
    }
    // odd-length UTF-16 and BOM-only inputs
    assertThat(decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}).warning()).isPresent();
    assertThat(decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).text()).isEmpty();
  }

  private static byte[] withMark(byte[] mark, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] out = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, out, 0, mark.length);
    System.arraycopy(body, 0, out, mark.length, body.length);
    return out;
  }
}
