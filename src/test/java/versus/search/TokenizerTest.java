package versus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words are found, folded and stemmed the same way whatever the JVM's locale. */
class TokenizerTest {

  @Test
  void foldsCaseAccentsLigaturesAndApostrophes() {
    Tokenizer t = new Tokenizer();
    assertThat(t.words("Crème BRÛLÉE, naïve ﬁnancial AWS’s don't ‘quoted’ ΟΔΟΣ"))
        .containsExactly("creme", "brulee", "naive", "financial", "aws's", "don't", "quoted", "οδος");
    assertThat(t.words("auto-scaling k8s v1.2 ① ½")).containsExactly("auto", "scaling", "k8s", "v1", "2", "1", "12");
  }

  @Test
  void stemsWithSnowballEnglish() {
    Tokenizer t = new Tokenizer();
    assertThat(List.of("containers", "containerized", "managed", "management", "kubernetes", "kubernets"))
        .map(t::stem)
        .containsExactly("contain", "container", "manag", "manag", "kubernet", "kubernet");
  }

  @Test
  void stopWordsAndOverlongWordsGetNoPostings() {
    assertThat(Tokenizer.unindexed("the")).isTrue();
    assertThat(Tokenizer.unindexed("a".repeat(41))).isTrue();
    assertThat(Tokenizer.unindexed("fargate")).isFalse();
    assertThat(Tokenizer.STOP_WORDS).isSorted().doesNotHaveDuplicates();
  }
}
