package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import versus.testing.Fuzzing;

/**
 * Fuzz tests of the mojibake repair (run as described under "Fuzzing" in README.md). Without {@code JAZZER_FUZZ} each
 * method only replays its committed inputs, {@code src/test/resources/versus/repair/RepairFuzzTestInputs/<method>/}.
 *
 * <p>Properties: the repair never throws; it is idempotent (repairing its output changes nothing); its output is never
 * longer than four times its input; and clean text — by the definition {@link PropertyTest} uses — comes back unchanged
 * with no repairs listed.
 */
class RepairFuzzTest {

  private static final MojibakeRepairer REPAIRER = new MojibakeRepairer();

  /** Any text at all: a note's bytes read as UTF-8, as the build reads them. */
  @FuzzTest
  void anyText(byte[] bytes) {
    checkIdempotentAndBounded(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Any text broken on purpose, one to three times, through the code pages the repair knows. */
  @FuzzTest
  void brokenText(FuzzedDataProvider data) {
    int layers = data.consumeInt(1, 3);
    String[] pages = new String[layers];
    Breaker.Variant[] variants = new Breaker.Variant[layers];
    for (int l = 0; l < layers; l++) {
      pages[l] = data.pickValue(RoundTripTest.PAGES);
      variants[l] = data.pickValue(Breaker.Variant.values());
    }
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    for (int l = 0; l < layers; l++) {
      text = Breaker.once(text, pages[l], variants[l]);
    }
    checkIdempotentAndBounded(text);
  }

  /** Clean text, generated from the fuzzer's data exactly as {@link PropertyTest} generates it from a seed. */
  @FuzzTest
  void cleanText(FuzzedDataProvider data) {
    String clean = PropertyTest.cleanText(bound -> data.consumeInt(0, bound - 1));
    RepairResult result = REPAIRER.repair(clean);
    assertThat(result.text()).as("clean text changed: %s", Fuzzing.escape(clean)).isEqualTo(clean);
    assertThat(result.repairs()).as("repairs listed for clean text: %s", Fuzzing.escape(clean)).isEmpty();
  }

  private static void checkIdempotentAndBounded(String input) {
    String once = REPAIRER.repair(input).text();
    String twice = REPAIRER.repair(once).text();
    assertThat(twice).as("not idempotent on %s", Fuzzing.escape(input)).isEqualTo(once);
    assertThat(once.length()).as("output length for %s", Fuzzing.escape(input)).isLessThanOrEqualTo(4 * input.length());
  }
}
