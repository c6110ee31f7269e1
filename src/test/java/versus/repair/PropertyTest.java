package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Properties over thousands of generated texts (seeded, so failures reproduce): clean text in many scripts is never
 * changed; repairing is idempotent on broken text; the output is never more than four times as long as the input.
 */
class PropertyTest {

  private static final int CASES = 3000;

  private static final String[][] SCRIPTS = {
    {"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    {"abcdefghijlmnopqrstuvxyzéèêëàâçîïôûùœ", "ABCDEFGHIJLMNOPQRSTUVXYZÉÈÊÀÂÇÎÔÛ"},
    {"abcdefghijklmnopqrstuvwxyzäöüß", "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"},
    {"abcdefghijlmnopqrstuvxzáéíóúñãõâêôçü", "ABCDEFGHIJLMNOPQRSTUVXZÁÉÍÓÚÑÃÕÇ"},
    {"abcdefghijklmnoprstuwyząćęłńóśźż", "ABCDEFGHIJKLMNOPRSTUWYZĄĆĘŁŃÓŚŹŻ"},
    {"abcdefghijklmnoprstuvyzáčďéěíňóřšťúůýž", "ABCDEFGHIJKLMNOPRSTUVYZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"},
    {"abcçdefgğhıijklmnoöprsştuüvyz", "ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ"},
    {"abcdefghijklmnoprstuvyæøå", "ABCDEFGHIJKLMNOPRSTUVYÆØÅ"},
    {"абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"},
    {"абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"},
    {"αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"},
    {"אבגדהוזחטיכלמנסעפצקרשת", null},
    {"ابتثجحخدذرزسشصضطظعغفقكلمنهوي", null},
    {"กขคงจฉชซญดตถทนบปผพฟมยรลวสหอะา", null},
    {"的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该由",
      null},
    {"あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテト", null},
    {"가나다라마바사아자차카타파하한국어세계안녕하세요오늘날씨좋네", null}
  };

  private static final List<String> EXTRAS =
      List.of(
          "🚀", "🐳", "☸️", "⚖️", "✅", "❌", "🔹", "📑", "🏁", "🌍", "🎉", "👍", "😀", "🔥", "💡", "⭐", "❤️",
          "—", "–", "…", "™", "€5", "10™", "© 2024", "42°", "→", "•", "Ã", "Ã  la", "doğru", "ağaç", "Zoë",
          "naïve", "São Paulo", "1 000 €", "«", "»", "“", "”", "‘", "’", "½", "×", "÷", "±", "§ 3", "¶", "№ 5");

  private static final String PUNCTUATION = ",.!?;:…’";

  private final MojibakeRepairer repairer = new MojibakeRepairer();

  @Test
  void cleanTextIsNeverChanged() {
    Random random = new Random(20261124L);
    for (int n = 0; n < CASES; n++) {
      String clean = randomText(random);
      RepairResult result = repairer.repair(clean);
      assertThat(result.text()).as("case %d: %s", n, clean).isEqualTo(clean);
      assertThat(result.repairs()).isEmpty();
    }
  }

  @Test
  void repairIsIdempotentOnBrokenTextAndNeverBalloons() {
    Random random = new Random(42L);
    Breaker.Variant[] variants = Breaker.Variant.values();
    for (int n = 0; n < CASES; n++) {
      String broken = randomText(random);
      int layers = 1 + random.nextInt(random.nextInt(10) == 0 ? 3 : 1);
      for (int l = 0; l < layers; l++) {
        String page = RoundTripTest.PAGES.get(random.nextInt(RoundTripTest.PAGES.size()));
        broken = Breaker.once(broken, page, variants[random.nextInt(variants.length)]);
      }
      String once = repairer.repair(broken).text();
      assertThat(repairer.repair(once).text()).as("case %d: %s", n, broken).isEqualTo(once);
      assertThat(once.length()).isLessThanOrEqualTo(4 * broken.length());
    }
  }

  /**
   * Words of one language's alphabet each, in natural case, with punctuation, emoji and the usual suspects between
   * them. (Letter soup drawn from every Latin alphabet at once, such as ÖŠFYÕÃÜŒ, is not text anyone writes.)
   */
  static String randomText(Random random) {
    return cleanText(random::nextInt);
  }

  /**
   * The same clean text, with every choice made by {@code pick} (given a bound, it returns a number from 0 to bound - 1):
   * a seeded {@link Random} here, the fuzzer's data in {@code RepairFuzzTest}, so both test one definition of clean.
   */
  static String cleanText(IntUnaryOperator pick) {
    StringBuilder sb = new StringBuilder();
    int tokens = 1 + pick.applyAsInt(40);
    for (int t = 0; t < tokens; t++) {
      if (t > 0) {
        sb.append(pick.applyAsInt(12) == 0 ? "\n" : " ");
      }
      if (pick.applyAsInt(5) == 0) {
        sb.append(EXTRAS.get(pick.applyAsInt(EXTRAS.size())));
        continue;
      }
      String[] script = SCRIPTS[pick.applyAsInt(SCRIPTS.length)];
      int[] lower = script[0].codePoints().toArray();
      int[] upper = script[1] == null ? lower : script[1].codePoints().toArray();
      int casing = pick.applyAsInt(4); // 0-1 lower, 2 capitalised, 3 capitals
      int length = 1 + pick.applyAsInt(9);
      for (int i = 0; i < length; i++) {
        boolean capital = casing == 3 || (casing == 2 && i == 0);
        sb.appendCodePoint(capital ? upper[pick.applyAsInt(upper.length)] : lower[pick.applyAsInt(lower.length)]);
      }
      if (pick.applyAsInt(4) == 0) {
        sb.append(PUNCTUATION.charAt(pick.applyAsInt(PUNCTUATION.length())));
      }
    }
    return sb.toString();
  }
}
