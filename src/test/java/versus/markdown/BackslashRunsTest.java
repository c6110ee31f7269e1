package versus.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackslashRunsTest {

  private static final String RUN = "\\".repeat(10);
  private static final String PAIRS = "&#92;".repeat(5);

  @Test
  void textWithoutLongRunsIsReturnedAsItIs() {
    String text = "# Title\n\nA path C:\\\\Users\\\\me and \\* an escape.\n";
    assertThat(BackslashRuns.guard(text)).isSameAs(text);
  }

  @Test
  void longRunsInProseBecomeEntityPairsAndAnOddOneKeepsItsEscape() {
    assertThat(BackslashRuns.guard("[x" + RUN + "y\n")).isEqualTo("[x" + PAIRS + "y\n");
    assertThat(BackslashRuns.guard(RUN + "\\*")).isEqualTo(PAIRS + "\\*");
  }

  @Test
  void codeIsLeftAsWritten() {
    String fenced = "```\n[x" + RUN + "\n```\n";
    String tildes = "~~~~ text\n" + RUN + "\n~~~~\n";
    String span = "see `" + RUN + "` and ``a ` " + RUN + "``\n";
    String indented = "para\n\n    " + RUN + "\n    " + RUN + "\n";
    for (String code : new String[] {fenced, tildes, span, indented}) {
      assertThat(BackslashRuns.guard(code)).as(code).isEqualTo(code);
    }
  }

  @Test
  void aParagraphIndentedInsideAListIsProseNotCode() {
    assertThat(BackslashRuns.guard("- item\n\n    [x" + RUN + "\n")).isEqualTo("- item\n\n    [x" + PAIRS + "\n");
  }

  @Test
  void afterAFenceClosesProseIsGuardedAgain() {
    assertThat(BackslashRuns.guard("```\n" + RUN + "\n```\n" + RUN)).isEqualTo("```\n" + RUN + "\n```\n" + PAIRS);
  }

  @Test
  void anUnclosedTickRunIsNotASpan() {
    assertThat(BackslashRuns.guard("a ` b " + RUN)).isEqualTo("a ` b " + PAIRS);
  }

  @Test
  void aMegabyteLineOfTicksAndBackslashesStaysLinear() {
    String line = ("`` ` " + RUN + " ").repeat(60_000);
    long start = System.nanoTime();
    String out = BackslashRuns.guard(line);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(out).doesNotContain(RUN);
    assertThat(millis).as("a %d-character line", line.length()).isLessThan(2_000);
  }
}
