package versus.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisagreementTest {

  private static final Set<String> ECS = Set.of("ecs");

  @Test
  void nearDuplicatesShareMostContentWordsOfTheShorterAnswer() {
    assertThat(Disagreement.nearDuplicate("Easier", "Easier to learn, AWS-specific", ECS)).isTrue();
    assertThat(Disagreement.nearDuplicate("AWS only", "AWS-only", ECS)).isTrue();
    assertThat(Disagreement.nearDuplicate("Auto Scaling", "ECS can auto-scale your application", ECS))
        .as("scale and scaling are one word").isTrue();
    assertThat(Disagreement.nearDuplicate("AWS’s own system", "AWS-native", ECS)).isFalse();
    assertThat(Disagreement.nearDuplicate("Any Kubernetes platform", "Multi-cloud capable", ECS)).isFalse();
    assertThat(Disagreement.nearDuplicate("ECS", "", ECS)).as("nothing to disagree with").isTrue();
  }

  @Test
  void negationSeparatesShortAnswersOnly() {
    assertThat(Disagreement.nearDuplicate("Portable", "Not portable", ECS)).isFalse();
    assertThat(Disagreement.nearDuplicate("Supports GPUs", "Doesn't support GPUs", ECS)).isFalse();
    assertThat(Disagreement.nearDuplicate(
            "Managed container orchestration for Docker containers on AWS",
            "Managed container orchestration: no servers to run, Docker containers on AWS, billed per task", ECS))
        .isTrue();
  }

  @Test
  void aCellDiffersWhenTheNotesFallIntoGroupsThatShareNoAnswer() {
    Fact a = fact("content/a.md", "Easier to learn, AWS-specific");
    Fact b = fact("content/b.md", "Easier");
    Fact c = fact("content/c.md", "Easier to get started with if you already use AWS");
    assertThat(Disagreement.differingNotes(List.of(a, b, c), ECS))
        .as("a agrees with b, b with c: one group").isEmpty();
    Fact d = fact("content/d.md", "Hard to operate");
    assertThat(Disagreement.differingNotes(List.of(a, b, d), ECS))
        .containsExactly("content/a.md", "content/b.md", "content/d.md");
    assertThat(Disagreement.differingNotes(List.of(a, fact("content/a.md", "Hard to operate")), ECS))
        .as("one note cannot disagree with itself").isEmpty();
  }

  private static Fact fact(String note, String text) {
    return new Fact("ecs", "Ease of use", text, Fact.Kind.TABLE, new Source(note, "n", "N", "", "N", 1));
  }
}
