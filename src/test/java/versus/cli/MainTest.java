package versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.testing.TestSite;

class MainTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void buildWritesTheSiteAndPrintsOneSummaryLine() {
    TestSite.with("content/ecs.md", "# ECS\n\nECS runs containers on AWS for you.\n").writeTo(dir);
    Run r = run("build", "--source", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.out()).matches("Built 1 note into .*site/ \\(\\d+ files\\) in \\d+\\.\\d\\d s\\.\\n");
    assertThat(dir.resolve("site/ecs/index.html")).exists();
    assertThat(dir.resolve("site/index.html")).exists();
  }

  @Test
  void contentErrorsExitOneWithPositionsAndKeepThePreviousSite() throws IOException {
    TestSite.with("content/ecs.md", "# ECS\n").writeTo(dir);
    assertThat(run("build", "--source", dir.toString()).code()).isZero();
    String before = Files.readString(dir.resolve("site/ecs/index.html"));
    TestSite.with("content/ecs.md", "---\ntitle: [unclosed\n---\n# ECS changed\n").writeTo(dir);
    Run r = run("build", "--source", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("content/ecs.md:3:1: error[front-matter]: front matter is not valid YAML");
    assertThat(r.err()).contains("Build failed with 1 error;").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readString(dir.resolve("site/ecs/index.html"))).isEqualTo(before);
  }

  @Test
  void usageErrorsExitTwo() {
    Run r = run("build", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--no-such-option'");
    assertThat(run("no-such-command").code()).isEqualTo(2);
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: versus").contains("build");
    Run buildHelp = run("build", "--help");
    assertThat(buildHelp.out()).contains("--source").contains("--out").contains("--base-url").contains("--theme")
        .contains("--quiet");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("versus ");
  }

  @Test
  void unknownThemeListsTheAvailableOnes() throws IOException {
    TestSite.with("content/a.md", "# A\n").and("themes/paper/templates/page.mustache", "x").writeTo(dir);
    Run r = run("build", "--source", dir.toString(), "--theme", "fancy");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error[theme]: unknown theme 'fancy'; available: default, paper");
  }

  @Test
  void outFolderThatVersusDidNotMakeIsRefused() throws IOException {
    TestSite.with("content/a.md", "# A\n").and("docs/keep.txt", "mine").writeTo(dir);
    Run r = run("build", "--source", dir.toString(), "--out", dir.resolve("docs").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("refusing to write the site here").contains("--force");
    assertThat(dir.resolve("docs/keep.txt")).hasContent("mine");
  }

  @Test
  void diagramCommandDrawsAndChecks() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "┌────┐\n│ A  │──▶ B\n└────┘\n");
    Run draw = run("diagram", good.toString());
    assertThat(draw.code()).isZero();
    assertThat(draw.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg").contains(">A</text>");
    assertThat(run("diagram", "--check", good.toString()).code()).isZero();
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "┌────┐   ┌────┐\n│ A  │   │ B\n└────┘   └────┘\n   ▲\n");
    Run check = run("diagram", "--check", bad.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err().lines())
        .containsExactly(
            bad + ":1:10: warning[unclosed-box]: box corner with no matching corners and sides; drawn as open lines",
            bad + ":4:4: warning[dangling-arrow]: arrowhead has no line behind it");
    Path out = dir.resolve("out.svg");
    assertThat(run("diagram", good.toString(), "-o", out.toString()).code()).isZero();
    assertThat(out).content().contains("role=\"img\"");
    assertThat(run("diagram", dir.resolve("missing.txt").toString()).err()).endsWith("missing.txt: error: no such file\n");
  }

  @Test
  void checkPrintsDiagnosticsAndExitsOneOnlyOnErrorsOrWithStrict() throws IOException {
    TestSite.with("content/a.md", "#Title\n\nText with a [link](#nowhere).\n").writeTo(dir);
    Run text = run("check", "--source", dir.toString());
    assertThat(text.code()).isZero();
    assertThat(text.err().lines())
        .containsExactly(
            "content/a.md:1:1: warning[heading-space]: '#' without a space is not a heading in Markdown; rendered as"
                + " one, but add a space after '#'",
            "content/a.md:3:13: warning[broken-link]: '#nowhere' matches no heading in this page; its headings are"
                + " #title");
    assertThat(text.out()).isEqualTo("Checked 1 note: 0 errors, 2 warnings.\n");
    assertThat(dir.resolve("site")).doesNotExist();
    assertThat(run("check", "--source", dir.toString(), "--strict").code()).isEqualTo(1);

    Run json = run("check", "--source", dir.toString(), "--format", "json");
    var parsed = com.google.gson.JsonParser.parseString(json.out()).getAsJsonArray();
    assertThat(parsed).hasSize(2);
    var first = parsed.get(0).getAsJsonObject();
    assertThat(first.get("file").getAsString()).isEqualTo("content/a.md");
    assertThat(first.get("line").getAsInt()).isEqualTo(1);
    assertThat(first.get("column").getAsInt()).isEqualTo(1);
    assertThat(first.get("severity").getAsString()).isEqualTo("warning");
    assertThat(first.get("rule").getAsString()).isEqualTo("heading-space");

    TestSite.with("content/b.md", "---\ntitle: [x\n---\n").writeTo(dir);
    Run broken = run("check", "--source", dir.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("content/b.md:3:1: error[front-matter]");
    assertThat(broken.out()).isEqualTo("Checked the project: 1 error, 2 warnings.\n");
  }

  @Test
  void checkListsItsRules() {
    Run r = run("check", "--list-rules");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("heading-space").contains("chat-residue").contains("unclosed-html");
  }

  @Test
  void newCreatesANoteWithFrontMatterAndRefusesToOverwrite() throws IOException {
    Run r = run("new", "--source", dir.toString(), "ECS: \"Fargate\" # vs EC2");
    assertThat(r.code()).isZero();
    Path note = dir.resolve("content/ecs-fargate-vs-ec2.md");
    assertThat(r.out()).endsWith("content/ecs-fargate-vs-ec2.md\n");
    assertThat(note).content().startsWith("---\ntitle: \"ECS: \\\"Fargate\\\" # vs EC2\"\ndescription: \"\"\ntags: []\n---\n");
    Files.writeString(note, "mine");
    Run again = run("new", "--source", dir.toString(), "ECS: Fargate vs EC2");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("exists already");
    assertThat(note).hasContent("mine");
    // The note it made builds, with its title from the front matter.
    Files.delete(note);
    run("new", "--source", dir.toString(), "ECS: \"Fargate\" # vs EC2");
    assertThat(run("build", "--source", dir.toString(), "-q").code()).isZero();
    assertThat(dir.resolve("site/ecs-fargate-vs-ec2/index.html")).content().contains("<h1 id=\"ecs-fargate--vs-ec2\">");
  }

  @Test
  void fixRepairsInPlaceKeepingLineEndingsAndBomAndShowsADiffOnDryRun() throws IOException {
    Path note = dir.resolve("content/a.md");
    Files.createDirectories(note.getParent());
    byte[] broken = "\uFEFF#Title ðŸš€\r\n\r\nItâ€™s here.\r\n\r\nLet me know if you want more!\r\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(note, broken);
    Run dry = run("fix", "--dry-run", "--rules", "heading-space,chat-residue", note.toString());
    assertThat(dry.code()).isZero();
    assertThat(dry.out()).contains("-#Title ðŸš€").contains("+# Title 🚀").contains("+It’s here.").contains("-Let me know");
    assertThat(note).hasBinaryContent(broken);

    Run fix = run("fix", "--rules", "heading-space,chat-residue", dir.resolve("content").toString());
    assertThat(fix.code()).isZero();
    assertThat(fix.out()).contains("a.md: 2 characters repaired in 2 sequences; heading-space: 1 fix; chat-residue: 1 fix")
        .contains("Changed 1 of 1 note.");
    assertThat(Files.readAllBytes(note))
        .isEqualTo("\uFEFF# Title 🚀\r\n\r\nIt’s here.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Files.list(note.getParent())).hasSize(1); // no temporary file left behind
    assertThat(run("fix", note.toString()).out()).isEqualTo("Changed 0 of 1 note.\n");
  }

  @Test
  void fixRemovesWhatAKilledRunLeftBesideANoteAndTheBuildNeverReadsIt() throws IOException {
    Path content = dir.resolve("content");
    Path note = content.resolve("a.md");
    Files.createDirectories(content);
    byte[] broken = "# Title\n\nItâ€™s here.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(note, broken);
    // A run killed while writing the new text: a truncated copy beside the note, which is still the old one.
    Path leftover = FixCommand.tempFile(note);
    assertThat(leftover.getFileName().toString()).startsWith(".");
    Files.writeString(leftover, "# Tit");
    assertThat(run("build", "--source", dir.toString(), "-q").code()).isZero();
    try (var site = Files.walk(dir.resolve("site"))) {
      assertThat(site.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("versus-fix"));
    }
    // A planted link in its place is removed, never written through.
    Path elsewhere = dir.resolve("elsewhere.txt");
    Files.writeString(elsewhere, "keep");
    Files.delete(leftover);
    Files.createSymbolicLink(leftover, elsewhere);
    assertThat(run("fix", content.toString()).code()).isZero();
    assertThat(note).content(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("# Title\n\nIt’s here.\n");
    assertThat(elsewhere).hasContent("keep");
    try (var list = Files.list(content)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("a.md");
    }
    // And a leftover beside a note that needs no repair is cleaned up too.
    Files.writeString(leftover, "# Tit");
    assertThat(run("fix", content.toString()).out()).isEqualTo("Changed 0 of 1 note.\n");
    assertThat(leftover).doesNotExist();
  }

  @Test
  void fixSavesALegacyCodePageFileAsUtf8() throws IOException {
    Path note = dir.resolve("old.md");
    Files.write(note, "Caf\u00e9 \u20ac5 \u2014 na\u00efve\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Run fix = run("fix", note.toString());
    assertThat(fix.out()).contains("saved as UTF-8 (was windows-1252)");
    assertThat(note).content(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("Café €5 — naïve\n");
    assertThat(run("fix", "--rules", "nonsense", note.toString()).code()).isEqualTo(2);
  }

  @Test
  void quietPrintsNothingOnSuccess() {
    TestSite.with("content/a.md", "#A\n").writeTo(dir);
    Run r = run("build", "--source", dir.toString(), "--quiet");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }
}
