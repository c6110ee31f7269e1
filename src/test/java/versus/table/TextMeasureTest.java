package versus.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import versus.diagram.DisplayWidth;

class TextMeasureTest {

  /** The measure without the ASCII shortcut: every cluster classed on its own. */
  private static double byClusters(String text, boolean bold, boolean code) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int end = DisplayWidth.clusterEnd(text, i);
      em += TextMeasure.clusterEm(text, i, end, code);
      i = end;
    }
    return em * TextMeasure.FONT_SIZE * (bold && !code ? 1.07 : 1);
  }

  @Test
  void theAsciiShortcutGivesExactlyWhatClusteringGives() {
    // ASCII beside what joins onto it: combining marks, ZWJ, variation selectors, keycaps, skin tones, wide letters.
    String[] pieces = {"a", "W", " ", "1", "|", "m", "\u0301", "\u200D", "\uFE0F", "\u20E3", "\uD83D\uDC4D",
        "\uD83C\uDFFD", "\u4E2D", "\u00E9", "\t", "\uD83C\uDDE9\uD83C\uDDEA", "~"};
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      for (boolean code : new boolean[] {false, true}) {
        assertThat(TextMeasure.width(s, true, code)).as("'%s' code=%s", s, code).isEqualTo(byClusters(s, true, code));
      }
    }
  }

  @Test
  void asciiIsClassedByShape() {
    assertThat(TextMeasure.width("iiii", false, false)).isLessThan(TextMeasure.width("mmmm", false, false));
    assertThat(TextMeasure.width("abc", false, true)).isEqualTo(3 * 0.6 * TextMeasure.FONT_SIZE);
    assertThat(TextMeasure.width("1\uFE0F\u20E3", false, false)).as("a keycap is one emoji, two cells")
        .isEqualTo(1.2 * TextMeasure.FONT_SIZE);
  }
}
