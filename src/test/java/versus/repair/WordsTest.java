package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding vocabulary words must give what splitting the text into every word and looking each up would give. */
class WordsTest {

  private static final Set<String> VOCABULARY = Set.of("container", "docker", "ship", "class", "bus", "cat", "sss");

  @Test
  void findsStemmedLowerCaseVocabularyWords() {
    Words words = new Words(VOCABULARY);
    assertThat(words.in("Docker CONTAINERS ship; dockers, a class of cats, no bu"))
        .containsExactlyInAnyOrder("docker", "container", "ship", "class", "cat");
  }

  @Test
  void agreesWithSplittingEveryWord() {
    Words words = new Words(VOCABULARY);
    String letters = "abcdeikloprstuwyACDKS  s.ß";
    Random random = new Random(5);
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(random.nextInt(4) == 0 ? pick(random, List.of("docker", "Ships", "class", "buses", "CATS")) : "")
            .append(letters.charAt(random.nextInt(letters.length())));
      }
      String text = sb.toString();
      Set<String> expected = new HashSet<>(everyWord(text));
      expected.retainAll(VOCABULARY);
      assertThat(words.in(text)).as(text).isEqualTo(expected);
    }
  }

  /** The plain definition: every run of ASCII letters of three or more, lower-cased, plural s removed. */
  private static Set<String> everyWord(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.split("[^A-Za-z]+")) {
      if (w.length() >= 3) {
        out.add(EmojiTable.stem(w));
      }
    }
    return out;
  }

  private static String pick(Random random, List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
