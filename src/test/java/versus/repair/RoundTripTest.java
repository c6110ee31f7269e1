package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clean text broken on purpose through every code page and variant, then repaired: it must come back. */
class RoundTripTest {

  static final List<String> PAGES =
      List.of(
          "windows-1252", "ISO-8859-1", "windows-1254", "windows-1250", "windows-1251", "windows-1253",
          "windows-1257", "ISO-8859-2", "x-MacRoman", "IBM437");

  static final List<String> SAMPLES =
      List.of(
          "Le café est très bon — à bientôt, Zoë ! « Très naïve », dit-elle.",
          "Grüße aus München: Straße, Öl und Übermut für alle.",
          "São Paulo: ação, coração e informação à vista.",
          "¿Dónde está el niño? ¡Mañana será otro día!",
          "Doğru ağaç, İstanbul’da şık ve ılık bir gün.",
          "Zażółć gęślą jaźń, powiedział Łukasz.",
          "Příliš žluťoučký kůň úpěl ďábelské ódy.",
          "Съешь же ещё этих мягких французских булок, да выпей чаю.",
          "Καλημέρα κόσμε, τι κάνεις σήμερα;",
          "שלום עולם, מה שלומך היום?",
          "مرحبا بالعالم، كيف حالك اليوم؟",
          "你好，世界！今天天气很好。",
          "こんにちは世界、今日はいい天気ですね。",
          "안녕하세요 세계, 오늘 날씨가 좋네요.",
          "Latvian: Rīga, ņ, ģ, ķ, ļ, š, ž, ū, ē, ā, ī.",
          Samples.EMOJI,
          Samples.DIAGRAM,
          Samples.TYPOGRAPHY);

  private final MojibakeRepairer repairer = new MojibakeRepairer();

  static Stream<Arguments> keptOrReplaced() {
    List<Arguments> out = new ArrayList<>();
    for (String page : PAGES) {
      for (Breaker.Variant v : List.of(Breaker.Variant.SLOPPY, Breaker.Variant.REPLACED)) {
        for (String sample : SAMPLES) {
          out.add(Arguments.of(page, v, sample));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("keptOrReplaced")
  void undefinedBytesKeptAsC1OrReplacedComeBack(String page, Breaker.Variant variant, String clean) {
    String broken = Breaker.once(clean, page, variant);
    // a byte replaced by U+FFFD is gone: the sequence it belonged to becomes one U+FFFD
    StringBuilder expected = new StringBuilder();
    clean.codePoints()
        .forEach(c -> expected.appendCodePoint(variant == Breaker.Variant.REPLACED && Breaker.losesBytes(c, page) ? 0xFFFD : c));

    RepairResult result = repairer.repair(broken);

    assertThat(result.text()).isEqualTo(expected.toString());
    assertThat(result.changed()).isEqualTo(!broken.equals(expected.toString()));
    assertThat(repairer.repair(result.text()).text()).isEqualTo(result.text());
  }

  static Stream<Arguments> dropped() {
    List<Arguments> out = new ArrayList<>();
    for (String page : List.of("windows-1252", "windows-1254", "windows-1250", "windows-1251")) {
      for (String sample : List.of(Samples.EMOJI, Samples.DIAGRAM, Samples.TYPOGRAPHY, Samples.NOTE)) {
        out.add(Arguments.of(page, sample));
      }
    }
    return out.stream();
  }

  /**
   * Dropped bytes are put back from context; where context cannot decide, the character differs from the original
   * only at a site reported as a choice that names the original among its rivals.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("dropped")
  void droppedBytesAreRestoredOrReportedAsChoices(String page, String clean) {
    String broken = Breaker.once(clean, page, Breaker.Variant.DROPPED);

    RepairResult result = repairer.repair(broken);

    int[] got = result.text().codePoints().toArray();
    int[] want = clean.codePoints().toArray();
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < want.length; i++) {
      if (got[i] != want[i]) {
        String g = Character.toString(got[i]);
        String w = Character.toString(want[i]);
        assertThat(Breaker.losesBytes(want[i], page)).as("only a lost byte may differ, at %d", i).isTrue();
        assertThat(result.choices())
            .as("%s instead of %s must be a reported choice", g, w)
            .anyMatch(c -> c.after().equals(g) && c.alternatives().contains(w));
      }
    }
    assertThat(result.lostBytesRestored()).isPositive();
    assertThat(repairer.repair(result.text()).text()).isEqualTo(result.text());
  }

  @Test
  void doubleAndTripleEncodingIsUndoneLayerByLayer() {
    for (String clean : List.of(SAMPLES.get(0), SAMPLES.get(7), Samples.EMOJI, Samples.TYPOGRAPHY, Samples.DIAGRAM)) {
      for (List<String> layers :
          List.of(
              List.of("windows-1252", "windows-1252"),
              List.of("windows-1251", "windows-1251"),
              List.of("windows-1252", "windows-1251"),
              List.of("x-MacRoman", "x-MacRoman"),
              List.of("windows-1252", "windows-1252", "windows-1252"))) {
        if (clean.equals(SAMPLES.get(7)) && !layers.get(0).equals(layers.get(1))) {
          continue; // Cyrillic read as windows-1252 and then as windows-1251 is not a mix-up seen in practice
        }
        String broken = clean;
        for (String page : layers) {
          broken = Breaker.once(broken, page, Breaker.Variant.SLOPPY);
        }
        RepairResult result = repairer.repair(broken);
        assertThat(result.text()).as("%s through %s", clean, layers).isEqualTo(clean);
        assertThat(result.repairs()).allMatch(r -> r.encoding().contains(layers.get(layers.size() - 1)));
      }
    }
  }

  @Test
  void brokenAndCleanLinesMixInOneNote() {
    String clean =
        String.join(
            "\n",
            "# Notes 🚀",
            "It’s clean — really → fine.",
            "Café, naïve, Zoë and São Paulo stay as they are.",
            "✅ done, ❌ failed, 🔹 point",
            "┌──────┐",
            "│ box  │",
            "└──────┘",
            "Doğru ağaç: €5 and 10™ …");
    String[] lines = clean.split("\n", -1);
    // lines 1, 4 and 5-7 broken in different code pages; 2, 3 and 8 left clean
    lines[0] = Breaker.once(lines[0], "windows-1254", Breaker.Variant.SLOPPY);
    lines[3] = Breaker.once(lines[3], "x-MacRoman", Breaker.Variant.SLOPPY);
    for (int i = 4; i < 7; i++) {
      lines[i] = Breaker.once(lines[i], "windows-1252", Breaker.Variant.SLOPPY);
    }
    String broken = String.join("\n", lines);

    RepairResult result = repairer.repair(broken);

    assertThat(result.text()).isEqualTo(clean);
    assertThat(result.repairs()).extracting(Repair::line).containsOnly(1, 4, 5, 6, 7);
    assertThat(result.repairs()).filteredOn(r -> r.line() == 4).allMatch(r -> r.encoding().equals("x-MacRoman"));
  }
}
