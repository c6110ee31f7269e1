package versus.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import versus.diag.Diagnostics;

class NoteParserTest {

  private final NoteParser parser = new NoteParser();

  @Test
  void noteWithoutFrontMatterKeepsItsWholeText() {
    Diagnostics d = new Diagnostics();
    Note n = parser.parse("content/ecs.md", "ecs.md", "# ECS\n\nText\n", d);
    assertThat(n.front()).isEqualTo(FrontMatter.NONE);
    assertThat(n.body()).isEqualTo("# ECS\n\nText\n");
    assertThat(n.bodyLine()).isEqualTo(1);
    assertThat(n.slug()).isEqualTo("ecs");
    assertThat(d.sorted()).isEmpty();
  }

  @Test
  void frontMatterFieldsAreTypedAndTheBodyStartsAfterIt() {
    Diagnostics d = new Diagnostics();
    String text =
        "---\ntitle: ECS in depth\ndescription: All of it\norder: 2\ntags: [aws, containers]\ndraft: true\n"
            + "slug: ecs-deep\ncolour: blue\n---\n# Heading\n";
    Note n = parser.parse("content/x.md", "x.md", text, d);
    assertThat(n.front().title()).contains("ECS in depth");
    assertThat(n.front().description()).contains("All of it");
    assertThat(n.front().order()).hasValue(2);
    assertThat(n.front().tags()).containsExactly("aws", "containers");
    assertThat(n.front().draft()).isTrue();
    assertThat(n.front().extra()).containsEntry("colour", "blue");
    assertThat(n.slug()).isEqualTo("ecs-deep");
    assertThat(n.body()).isEqualTo("# Heading\n");
    assertThat(n.bodyLine()).isEqualTo(10);
    assertThat(d.sorted()).isEmpty();
  }

  @Test
  void aLeadingRuleWithoutKeysIsNotFrontMatter() {
    Diagnostics d = new Diagnostics();
    String text = "---\n\n## Overview\n\nText\n\n---\n\nMore\n";
    Note n = parser.parse("content/x.md", "x.md", text, d);
    assertThat(n.front()).isEqualTo(FrontMatter.NONE);
    assertThat(n.body()).isEqualTo(text);
    assertThat(d.sorted()).isEmpty();
  }

  @Test
  void yamlErrorsAreReportedAtTheirFileLineAndColumn() {
    Diagnostics d = new Diagnostics();
    parser.parse("content/x.md", "x.md", "---\ntitle: ok\ntags: [a, b\n---\nBody\n", d);
    assertThat(d.sorted()).hasSize(1);
    assertThat(d.sorted().get(0).toString())
        .startsWith("content/x.md:4:1: error[front-matter]: front matter is not valid YAML");
  }

  @Test
  void wrongTypesAreReportedAtTheKey() {
    Diagnostics d = new Diagnostics();
    parser.parse("content/x.md", "x.md", "---\ntitle: T\norder: first\n---\nBody\n", d);
    assertThat(d.sorted()).extracting(Object::toString)
        .containsExactly("content/x.md:3:1: error[front-matter]: front matter 'order' must be a whole number");
  }

  @Test
  void typeTagsAndAliasBombsAreRefused() {
    Diagnostics d = new Diagnostics();
    parser.parse("content/x.md", "x.md", "---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\nB\n", d);
    StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = String.valueOf(c);
    }
    bomb.append("---\nBody\n");
    parser.parse("content/y.md", "y.md", bomb.toString(), d);
    List<String> messages = d.sorted().stream().map(Object::toString).toList();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).startsWith("content/x.md:2:").contains("type tags").contains("not allowed");
    assertThat(messages.get(1)).startsWith("content/y.md:").contains("alias");
  }

  @Test
  void slugsComeFromTheContentPath() {
    assertThat(Slugs.ofContentPath("ECS vs EKS.md")).isEqualTo("ecs-vs-eks");
    assertThat(Slugs.ofContentPath("guides/Déjà Vu..md")).isEqualTo("guides/deja-vu");
    assertThat(Slugs.ofContentPath("a..b.md")).isEqualTo("a-b");
    assertThat(Slugs.ofContentPath("Привет мир.md")).isEqualTo("привет-мир");
    assertThat(Slugs.ofContentPath("???.md")).isEqualTo("note");
  }
}
