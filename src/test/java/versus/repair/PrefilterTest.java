package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The prefilter may only let through text in which no code page finds a stretch: it must flag every pair the scanner
 * could start reading, and nothing else should reach the expensive path for ordinary typography.
 */
class PrefilterTest {

  @Test
  void flagsEveryLeadFollowedByAContinuationOrAMarkerInTheSameCodePage() {
    for (CodePage page : CodePage.ALL) {
      for (int lead = 0x80; lead < 0x10000; lead++) {
        if (Utf8.continuations(page.byteOf(lead)) < 0) {
          continue;
        }
        for (int b = 0x80; b <= 0xBF; b++) {
          String pair = "" + (char) lead + page.charOf(b);
          if (page.byteOf(pair.charAt(1)) == b) {
            assertThat(Prefilter.mayHaveMojibake(pair, 0, 2)).as("%s in %s", pair, page).isTrue();
          }
        }
        for (String marker : List.of("?", "\uFFFD")) {
          assertThat(Prefilter.mayHaveMojibake((char) lead + marker, 0, 2)).as("%s%s", (char) lead, marker).isTrue();
        }
        if (page.nbspIsA0()) {
          assertThat(Prefilter.mayHaveMojibake((char) lead + " ", 0, 2)).as("%s in %s", (char) lead, page).isTrue();
        }
      }
    }
  }

  @Test
  void flagsStrayC1Controls() {
    for (char c = 0x80; c < 0xA0; c++) {
      assertThat(Prefilter.mayHaveMojibake("a" + c + "b", 0, 3)).isTrue();
    }
  }

  @Test
  void letsOrdinaryTypographyThrough() {
    for (String clean :
        List.of(
            "EKS is just Kubernetes — but you don’t install it.", "“Quotes” and ‘single’ … → next", "Zoë, naïve",
            "Grüße aus München", "🚀 ☸️ ✅ ⚖️")) {
      assertThat(Prefilter.mayHaveMojibake(clean, 0, clean.length())).as(clean).isFalse();
    }
  }

  @Test
  void whatItLetsThroughIsNeverRepaired() {
    MojibakeRepairer repairer = new MojibakeRepairer();
    StringBuilder soup = new StringBuilder(" ?\uFFFDaZ.\u00A0’—");
    for (CodePage page : CodePage.ALL) {
      for (int b = 0x80; b < 0x100; b++) {
        soup.append(page.charOf(b));
      }
    }
    Random random = new Random(11);
    int passed = 0;
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        sb.append(random.nextInt(3) == 0 ? 'x' : soup.charAt(random.nextInt(soup.length())));
      }
      String text = sb.toString();
      if (!Prefilter.mayHaveMojibake(text, 0, text.length())) {
        passed++;
        int[] cps = text.codePoints().toArray();
        for (CodePage page : CodePage.ALL) {
          assertThat(Scanner.scan(cps, cps.length, page).seqs()).as("%s in %s", text, page).isEmpty();
        }
        assertThat(C1Controls.edits(text)).isEmpty();
        assertThat(repairer.repair(text).text()).isEqualTo(text);
      }
    }
    assertThat(passed).isGreaterThan(1000);
  }
}
