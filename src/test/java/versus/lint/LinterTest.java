package versus.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.build.BuildOptions;
import versus.build.SiteBuilder;
import versus.testing.TestSite;

/** One test per rule: a note that breaks it, and the exact diagnostic {@code versus check} prints. */
class LinterTest {

  @TempDir Path dir;

  private List<String> check(String note) {
    return check(note, "");
  }

  private List<String> check(String note, String config) {
    TestSite.with("content/n.md", note).and("versus.yml", "title: T\n" + config).writeTo(dir);
    return SiteBuilder.forCheck().build(BuildOptions.of(dir)).diagnostics().stream()
        .filter(d -> !d.rule().equals("config"))
        .map(Object::toString)
        .toList();
  }

  @Test
  void headingSpace() {
    assertThat(check("#Amazon ECS\n\nText.\n"))
        .containsExactly("content/n.md:1:1: warning[heading-space]: '#' without a space is not a heading in Markdown;"
            + " rendered as one, but add a space after '#'");
  }

  @Test
  void headingSkip() {
    assertThat(check("# T\n\n## A\n\n#### B\n"))
        .containsExactly("content/n.md:5:1: warning[heading-skip]: heading level 4 follows level 2; use ###");
  }

  @Test
  void headingEmptyAndDuplicate() {
    assertThat(check("# T\n\n## Setup\n\n##\n\n## setup\n"))
        .containsExactly(
            "content/n.md:5:1: warning[heading-empty]: heading has no text; write one or remove the '#'",
            "content/n.md:7:1: warning[heading-duplicate]: heading 'setup' repeats the one on line 3; its link gets a"
                + " -1 suffix");
  }

  @Test
  void boldHeading() {
    assertThat(check("# T\n\n### **What is ECS?**\n").get(0))
        .isEqualTo("content/n.md:3:1: warning[bold-heading]: heading is wrapped in ** or *; headings are bold already,"
            + " remove them (versus fix --rules bold-heading)");
  }

  @Test
  void missingAltAndRemoteImageInMarkdownAndHtml() {
    assertThat(check("# T\n\n![](img.png)\n\n<figure><img src=\"https://x/y.png\"><figcaption> </figcaption></figure>\n"))
        .containsExactly(
            "content/n.md:3:1: warning[broken-link]: 'img.png' points to content/img.png, which does not exist",
            "content/n.md:3:1: warning[missing-alt]: image has no text alternative; describe it in the [brackets] or"
                + " alt=\"…\"",
            "content/n.md:5:9: warning[missing-alt]: image has no text alternative; describe it in the [brackets] or"
                + " alt=\"…\"",
            "content/n.md:5:9: warning[remote-image]: image is loaded from another site and is missing offline; copy it"
                + " into content/ and link it there",
            "content/n.md:5:36: warning[empty-figcaption]: empty <figcaption>; write a caption or remove it");
  }

  @Test
  void httpLinksButNotLocalOnes() {
    assertThat(check("# T\n\nSee [a](http://aws.amazon.com) and [b](http://localhost:8000/x) and [c](https://x).\n"))
        .containsExactly(
            "content/n.md:3:5: warning[http-link]: link uses plain http://; use https:// if the site offers it");
  }

  @Test
  void chatResidue() {
    assertThat(check("# T\n\nFargate runs pods.\n\nDoes this explanation help clear things up?\n"))
        .containsExactly("content/n.md:5:1: warning[chat-residue]: 'Does this explanation help clear things up?'"
            + " reads like a chat assistant's sign-off, not part of the note; delete it (versus fix --rules"
            + " chat-residue does)");
  }

  @Test
  void unclosedHtml() {
    assertThat(check("# T\n\n<details>\n<summary>More</summary>\n\nText\n\n<div class=\"x\">\n\nEnd <b>bold\n"))
        .containsExactly(
            "content/n.md:3:1: warning[unclosed-html]: <details> is never closed; add </details>",
            "content/n.md:8:1: warning[unclosed-html]: <div> is never closed; add </div>",
            "content/n.md:10:5: warning[unclosed-html]: <b> is never closed; add </b>");
    assertThat(check("# T\n\n<details><summary>a</summary>\n\nx\n\n</details>\n\n<br> <img src=\"a.png\" alt=\"a\">\n")
        .stream().filter(m -> m.contains("unclosed"))).isEmpty();
  }

  @Test
  void brokenLinks() {
    assertThat(check("# T\n\n## Real\n\n[x](#rael) [y](other.md)\n"))
        .containsExactly(
            "content/n.md:5:1: warning[broken-link]: '#rael' matches no heading in this page; did you mean '#real'?",
            "content/n.md:5:12: warning[broken-link]: 'other.md' points to content/other.md, which does not exist");
  }

  @Test
  void diagramProblemsAreWarnings() {
    assertThat(check("# T\n\n```diagram\n┌────┐   ┌────┐\n│ A  │   │ B\n└────┘   └────┘\n\tx\n```\n"))
        .contains(
            "content/n.md:4:10: warning[diagram-unclosed-box]: box corner with no matching corners and sides; drawn as"
                + " open lines",
            "content/n.md:7:1: warning[diagram-tab]: tab expanded to the next multiple of 8 columns; use spaces so the"
                + " drawing lines up");
  }

  @Test
  void rulesCanBeTurnedOffOrRegradedInVersusYml() {
    String note = "# T\n\n## **Bold**\n\n![a](https://x/y.png)\n";
    assertThat(check(note, "lint:\n  bold-heading: off\n  remote-image: error\n"))
        .containsExactly("content/n.md:5:1: error[remote-image]: image is loaded from another site and is missing"
            + " offline; copy it into content/ and link it there");
    assertThat(check(note, "lint:\n  diagram: off\n  nonsense: off\n")).hasSize(2);
  }

  @Test
  void everyRuleIdIsUniqueAndDescribed() {
    assertThat(java.util.Arrays.stream(Rule.values()).map(Rule::id).distinct()).hasSize(Rule.values().length);
    assertThat(Rule.values()).allMatch(r -> !r.description().isBlank());
    assertThat(Rule.of("diagram-ragged-border")).contains(Rule.DIAGRAM);
    assertThat(Rule.of("diagram-tab")).contains(Rule.DIAGRAM_TAB);
    assertThat(Rule.of("front-matter")).isEmpty();
  }
}
