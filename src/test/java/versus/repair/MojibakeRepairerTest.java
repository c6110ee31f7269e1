package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repairer's promises, one example each. */
class MojibakeRepairerTest {

  private final MojibakeRepairer repairer = new MojibakeRepairer();

  @Test
  void leavesLegitimateTextAlone() {
    for (String clean :
        List.of(
            "Zoë", "São Paulo", "naïve", "€5", "Ã  la", "doğru ağaç", "10™", "Wait…", "It’s", "Ã’s in text",
            "NESTLÉ® requiere", "2012—∞", "(-1/2)! = √π", "SELKÄ EDELLÄ", "┌──┐\n│ok│\n└──┘", "ВІКІ is Ukrainian",
            "Привет, мир", "こんにちは", "🚀 ☸️ ⚖️", "")) {
      RepairResult result = repairer.repair(clean);
      assertThat(result.text()).as(clean).isEqualTo(clean);
      assertThat(result.changed()).isFalse();
    }
  }

  @Test
  void repairsEachKindOfMojibake() {
    assertThat(repairer.repair("cafÃ© and naÃ¯ve").text()).isEqualTo("café and naïve"); // windows-1252
    assertThat(repairer.repair("doÄŸru aÄŸaÃ§ ğŸš€").text()).isEqualTo("doğru ağaç 🚀"); // windows-1254
    assertThat(repairer.repair("Deploy ‚úÖ").text()).isEqualTo("Deploy ✅"); // Mac Roman, one emoji
    assertThat(repairer.repair("РґРѕСЂРѕРіРµ").text()).isEqualTo("дороге"); // windows-1251
    assertThat(repairer.repair("â\u0080\u009cquoted\u0094").text()).isEqualTo("“quoted”"); // Latin-1 and C1 controls
    assertThat(repairer.repair("doesnÃ¢â‚¬â„¢t").text()).isEqualTo("doesn’t"); // twice
    assertThat(repairer.repair("Sloven\u00c4\uFFFDina").text()).isEqualTo("Sloven\uFFFDina"); // byte replaced earlier
  }

  @Test
  void neverReadsARealSpaceAsALostByteOfASymbol() {
    // windows-1254 with its undefined bytes dropped: the corner ┐ (E2 94 90) lost its last byte, and a space follows
    String note = "â”Œâ”€â”€â” â”Œâ”€â”\nâ”‚ a  â”‚ â”‚b\nğŸš€ launch";
    RepairResult result = repairer.repair(note);
    assertThat(result.text()).isEqualTo("┌──┐ ┌─┐\n│ a  │ │b\n🚀 launch");
    assertThat(result.lostBytesRestored()).isEqualTo(2);
    assertThat(result.choices()).isEmpty(); // the corners are decided by geometry, not chosen
  }

  @Test
  void reportsWhereEachRepairWasInTheOriginalText() {
    RepairResult result = repairer.repair("ok\nsee cafÃ© and ðŸš€\n");
    assertThat(result.repairs())
        .extracting(Repair::line, Repair::column, Repair::before, Repair::after, Repair::encoding)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 8, "Ã©", "é", "windows-1252"),
            org.assertj.core.groups.Tuple.tuple(2, 15, "ðŸš€", "🚀", "windows-1252"));
    assertThat(result.charactersRepaired()).isEqualTo(2);
    assertThat(result.sequences()).isEqualTo(2);
    assertThat(result.summary("content/a.md")).isEqualTo("content/a.md: 2 characters repaired in 2 sequences");
    assertThat(result.repairs().get(0).format("content/a.md")).isEqualTo("content/a.md:2:8: 'Ã©' → 'é' (windows-1252)");
  }

  @Test
  void reportsDoubleEncodingAsOneRepairWithBothLayers() {
    RepairResult result = repairer.repair("the Mona Lisa doesnÃ¢â‚¬â„¢t smile");
    assertThat(result.repairs()).hasSize(1);
    Repair r = result.repairs().get(0);
    assertThat(r.before()).isEqualTo("Ã¢â‚¬â„¢");
    assertThat(r.after()).isEqualTo("’");
    assertThat(r.encoding()).isEqualTo("windows-1252 ×2");
    assertThat(r.column()).isEqualTo("the Mona Lisa doesn".length() + 1);
  }

  @Test
  void isIdempotentAndReusable() {
    String broken = "cafÃ© ğŸš€ â”Œâ”€â”";
    String once = repairer.repair(broken).text();
    assertThat(repairer.repair(once).text()).isEqualTo(once);
    assertThat(new MojibakeRepairer().repair(broken).text()).isEqualTo(once);
  }

  @Test
  void neverMakesALetterOfTheToneLettersBlockOutOfCleanText() {
    // Found by RepairFuzzTest#cleanText: ê œ œ are the windows-1252 reading of the bytes of ꜜ (U+A71C), a modifier
    // letter that Unicode files under the Common script, so it escaped the rule against rare letters.
    for (String clean : List.of("acôzuêœœ", "Le mot êœœ ici", "êœœ", "шбііід", "іішбіі")) {
      assertThat(repairer.repair(clean).text()).as(clean).isEqualTo(clean);
    }
  }

  @Test
  void aChainLongerThanThePassBudgetIsRepairedToTheEnd() {
    // Found by RepairFuzzTest#brokenText (shortened): each pass merges one more replaced byte into its neighbour, so
    // this one needs nine passes. A pass budget that cut it short left text that a second repair changed again.
    String broken = "\u0192\u0392\u0393\u201A\u2039\u0393\u2015\u0393\u201A\u0392\u038F\u0393\u201A\u00BD*"
        + "\u0393\u0192\u0392\u0393\u201A\u0392\u00AC";
    String once = repairer.repair(broken).text();
    assertThat(once).isEqualTo("\uFFFD*\u00EC");
    assertThat(repairer.repair(once).text()).isEqualTo(once);
  }
}
