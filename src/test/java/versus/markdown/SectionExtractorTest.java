package versus.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import versus.diag.Diagnostics;
import versus.markdown.SectionBlock.Kind;
import versus.note.FrontMatter;
import versus.note.Note;

class SectionExtractorTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());

  private List<NoteSection> sections(String body, int bodyLine) {
    return renderer.render(new Note("content/n.md", "n", FrontMatter.NONE, body, bodyLine), new Diagnostics())
        .sections();
  }

  @Test
  void headingsCarryTheirBlocksWithLinesLeadsAndListDepth() {
    List<NoteSection> s =
        sections(
            "# ECS & EKS\n\nIntro line.\n\n## **ECS (Elastic Container Service)**\n"
                + "- **What it is**: A managed service.\n- **Launch types**: Run on:\n  - **Fargate** (serverless)\n"
                + "  - EC2\n\n```sh\nls\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |\n",
            3);
    assertThat(s).extracting(NoteSection::level, NoteSection::title, NoteSection::id, NoteSection::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "ECS & EKS", "ecs--eks", 3),
            org.assertj.core.groups.Tuple.tuple(2, "ECS (Elastic Container Service)", "ecs-elastic-container-service", 7));
    assertThat(s.get(0).blocks()).containsExactly(new SectionBlock(Kind.PARAGRAPH, 0, "Intro line.", "", 5));
    assertThat(s.get(1).blocks())
        .containsExactly(
            new SectionBlock(Kind.ITEM, 0, "What it is: A managed service.", "What it is", 8),
            new SectionBlock(Kind.ITEM, 0, "Launch types: Run on:", "Launch types", 9),
            new SectionBlock(Kind.ITEM, 1, "Fargate (serverless)", "Fargate", 10),
            new SectionBlock(Kind.ITEM, 1, "EC2", "", 11),
            new SectionBlock(Kind.CODE, 0, "", "", 13),
            new SectionBlock(Kind.TABLE, 0, "", "", 17));
  }

  @Test
  void paragraphsSplitAtHardBreaksAndBoldAfterSymbolsIsALead() {
    List<NoteSection> s = sections("## Overview\n✅ **Managed** – no servers.  \n1️⃣ **Tasks** – run.\nstill tasks\n", 1);
    assertThat(s.get(0).blocks())
        .containsExactly(
            new SectionBlock(Kind.PARAGRAPH, 0, "✅ Managed – no servers.", "Managed", 2),
            new SectionBlock(Kind.PARAGRAPH, 0, "1️⃣ Tasks – run. still tasks", "Tasks", 3));
  }

  @Test
  void boldAfterWordsIsNoLeadAndNotesWithoutHeadingsHaveOneSection() {
    List<NoteSection> s = sections("Use **ECS** when small.\n\n> quoted **x**\n", 1);
    assertThat(s).hasSize(1);
    assertThat(s.get(0).level()).isZero();
    assertThat(s.get(0).blocks())
        .extracting(SectionBlock::text, SectionBlock::lead)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Use ECS when small.", ""),
            org.assertj.core.groups.Tuple.tuple("quoted x", ""));
  }

  @Test
  void collapseJoinsWhitespaceRunsExactlyAsTheRegularExpressionDid() {
    String[] pieces = {"a", "Zoë", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2007", "\u202F",
        "\u2003", "\u3000", "\uD83D\uDE80", "x y"};
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(9); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      assertThat(SectionExtractor.collapse(s)).as("'%s'", s)
          .isEqualTo(s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip());
    }
  }
}
