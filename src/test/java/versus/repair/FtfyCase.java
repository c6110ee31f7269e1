package versus.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One test case of ftfy's corpus, and the rule for comparing our output with it.
 *
 * <p>We repair encodings only. Where a case has {@code fixed-encoding} (ftfy's {@code fix_encoding}), our output must
 * equal it exactly. Otherwise the expectation is {@code fixed}, the output of ftfy's {@code fix_text} with default
 * settings, which also makes cosmetic changes that are not encoding repairs: it un-curls quotes and normalises to NFC.
 * Only for those cases our output is passed through the same two cosmetic steps before comparing ({@link #cosmetic}).
 */
record FtfyCase(String file, int index, String label, String original, String expected, boolean hasEncodingAnswer) {

  static final List<String> FILES =
      List.of("in-the-wild.json", "synthetic.json", "language-names.json", "negative.json", "known-failures.json");

  /** An id that stays stable when cases are added elsewhere: file and label. */
  String id() {
    return file + " | " + label;
  }

  boolean passes(String repaired) {
    return expected.equals(hasEncodingAnswer ? repaired : cosmetic(repaired));
  }

  /** ftfy's default cosmetic steps that are not encoding repairs: curly quotes to ASCII, then NFC. */
  static String cosmetic(String s) {
    String plain = s.replaceAll("[\u2018\u2019\u201A\u201B]", "'").replaceAll("[\u201C\u201D\u201E\u201F]", "\"");
    return Normalizer.normalize(plain, Normalizer.Form.NFC);
  }

  static List<FtfyCase> all() {
    List<FtfyCase> out = new ArrayList<>();
    for (String file : FILES) {
      List<?> cases = (List<?>) Json.parse(resource("/repair/ftfy/" + file));
      for (int i = 0; i < cases.size(); i++) {
        Map<?, ?> c = (Map<?, ?>) cases.get(i);
        String encoding = (String) c.get("fixed-encoding");
        String expected = encoding != null ? encoding : (String) c.get("fixed");
        out.add(new FtfyCase(file, i, (String) c.get("label"), (String) c.get("original"), expected, encoding != null));
      }
    }
    return out;
  }

  static String resource(String path) {
    try (InputStream in = FtfyCase.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
