package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * All 161 cases of ftfy's test corpus (see {@code repair/ftfy/README.md} for source, licence and comparison rule).
 * ftfy 6.3.1 itself passes 152; we must pass more, and every case we fail is listed with its reason in
 * {@code failures.tsv}.
 */
class FtfyCorpusTest {

  private static final int FTFY_SCORE = 152;

  @Test
  void beatsFtfyAndFailsOnlyTheListedCases() {
    MojibakeRepairer repairer = new MojibakeRepairer();
    List<FtfyCase> cases = FtfyCase.all();
    List<String> failed = new ArrayList<>();
    for (FtfyCase c : cases) {
      String repaired = repairer.repair(c.original()).text();
      if (!c.passes(repaired)) {
        failed.add(c.id());
      }
    }
    int passed = cases.size() - failed.size();
    System.out.printf("ftfy corpus: %d/%d passed (ftfy 6.3.1: %d/%d)%n", passed, cases.size(), FTFY_SCORE, cases.size());

    assertThat(cases).hasSize(161);
    assertThat(passed).isGreaterThan(FTFY_SCORE);
    assertThat(failed).containsExactlyInAnyOrderElementsOf(listedFailures().keySet());
    assertThat(listedFailures().values()).allMatch(reason -> reason.length() > 20);
  }

  @Test
  void textThatIsNotMojibakeIsLeftExactlyAsItWas() {
    MojibakeRepairer repairer = new MojibakeRepairer();
    for (FtfyCase c : FtfyCase.all()) {
      boolean meantUnchanged = c.expected().equals(c.hasEncodingAnswer() ? c.original() : FtfyCase.cosmetic(c.original()));
      if (meantUnchanged && !listedFailures().containsKey(c.id())) {
        assertThat(repairer.repair(c.original()).text()).as(c.label()).isEqualTo(c.original());
      }
    }
  }

  @Test
  void everyRepairIsIdempotent() {
    MojibakeRepairer repairer = new MojibakeRepairer();
    for (FtfyCase c : FtfyCase.all()) {
      String once = repairer.repair(c.original()).text();
      assertThat(repairer.repair(once).text()).as(c.label()).isEqualTo(once);
    }
  }

  private static Map<String, String> listedFailures() {
    Map<String, String> out = new TreeMap<>();
    for (String line : FtfyCase.resource("/repair/ftfy/failures.tsv").lines().toList()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", 2);
        out.put(f[0], f.length > 1 ? f[1] : "");
      }
    }
    return out;
  }
}
