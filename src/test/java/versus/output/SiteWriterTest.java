package versus.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.diag.BuildFailure;

class SiteWriterTest {

  @TempDir Path project;

  private final SiteWriter writer = new SiteWriter();

  @Test
  void writesTheFilesAndAMarker() throws IOException {
    Path out = project.resolve("site");
    writer.write(out, List.of(OutputFile.text("index.html", "home"), OutputFile.text("a/index.html", "a")), project, false);
    assertThat(out.resolve("index.html")).hasContent("home");
    assertThat(out.resolve("a/index.html")).hasContent("a");
    assertThat(out.resolve(SiteWriter.MARKER)).exists();
    assertThat(Files.list(project).map(p -> p.getFileName().toString())).containsExactly("site");
  }

  @Test
  void aRebuildReplacesEverythingIncludingStaleFiles() {
    Path out = project.resolve("site");
    writer.write(out, List.of(OutputFile.text("old/index.html", "old")), project, false);
    writer.write(out, List.of(OutputFile.text("new/index.html", "new")), project, false);
    assertThat(out.resolve("old")).doesNotExist();
    assertThat(out.resolve("new/index.html")).hasContent("new");
  }

  @Test
  void refusesAFolderItDidNotCreateUnlessForced() throws IOException {
    Path out = project.resolve("docs");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.tex"), "precious");
    List<OutputFile> files = List.of(OutputFile.text("index.html", "x"));
    assertThatThrownBy(() -> writer.write(out, files, project, false))
        .isInstanceOf(BuildFailure.class)
        .hasMessageContaining("was not made by Versus")
        .hasMessageContaining("--force");
    assertThat(out.resolve("thesis.tex")).hasContent("precious");
    writer.write(out, files, project, true);
    assertThat(out.resolve("index.html")).hasContent("x");
  }

  @Test
  void refusesDangerousPlaces() {
    List<OutputFile> files = List.of(OutputFile.text("index.html", "x"));
    assertThatThrownBy(() -> writer.write(Path.of("/"), files, project, true)).hasMessageContaining("root");
    assertThatThrownBy(() -> writer.write(Path.of(System.getProperty("user.home")), files, project, true))
        .hasMessageContaining("home");
    assertThatThrownBy(() -> writer.write(project, files, project, true)).hasMessageContaining("project itself");
    assertThatThrownBy(() -> writer.write(project.resolve("content"), files, project, true))
        .hasMessageContaining("content/");
    assertThatThrownBy(() -> writer.write(project.resolve("themes/x"), files, project, true))
        .hasMessageContaining("themes/");
  }

  @Test
  void refusesEveryHomeFolderItIsGivenBeforeWritingAnything() throws IOException {
    Path javaHome = Files.createDirectories(project.resolve("java-home"));
    Path envHome = Files.createDirectories(project.resolve("env-home"));
    SiteWriter guarded = new SiteWriter(List.of(javaHome, envHome));
    List<OutputFile> files = List.of(OutputFile.text("index.html", "x"));
    for (Path home : List.of(javaHome, envHome, envHome.resolve("sub/.."))) {
      assertThatThrownBy(() -> guarded.write(home, files, project, true))
          .as(home.toString())
          .isInstanceOf(BuildFailure.class)
          .hasMessageContaining("home folder");
    }
    try (var list = Files.list(project)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("java-home", "env-home");
    }
    assertThat(javaHome).isEmptyDirectory();
  }

  @Test
  void symbolicLinksCannotLeadTheSiteIntoTheSourcesOrHome() throws IOException {
    Path content = Files.createDirectories(project.resolve("content"));
    Path home = Files.createDirectories(project.resolve("home"));
    Path outside = Files.createDirectories(project.getParent().resolve(project.getFileName() + "-links"));
    Path toContent = Files.createSymbolicLink(outside.resolve("to-content"), content);
    Path toHome = Files.createSymbolicLink(outside.resolve("to-home"), home);
    SiteWriter guarded = new SiteWriter(List.of(home));
    List<OutputFile> files = List.of(OutputFile.text("index.html", "x"));
    assertThatThrownBy(() -> guarded.write(toContent, files, project, true)).hasMessageContaining("content/");
    assertThatThrownBy(() -> guarded.write(toContent.resolve("site"), files, project, true))
        .hasMessageContaining("content/");
    assertThatThrownBy(() -> guarded.write(toHome, files, project, true)).hasMessageContaining("home folder");
    assertThat(content).isEmptyDirectory();
    assertThat(home).isEmptyDirectory();
    try (var list = Files.list(outside)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("to-content", "to-home");
    }
    SiteWriter.deleteTree(outside);
  }

  @Test
  void realPathResolvesTheExistingPartAndKeepsTheRest() throws IOException {
    Path real = Files.createDirectories(project.resolve("real"));
    Path link = Files.createSymbolicLink(project.resolve("link"), real);
    assertThat(SiteWriter.realPath(link.resolve("not/yet"))).isEqualTo(real.toRealPath().resolve("not/yet"));
    assertThat(SiteWriter.realPath(Path.of("/"))).isEqualTo(Path.of("/"));
  }

  @Test
  void aFailedWriteLeavesThePreviousSiteWhole() throws IOException {
    Path out = project.resolve("site");
    writer.write(out, List.of(OutputFile.text("index.html", "v1"), OutputFile.text("a/index.html", "a1")), project, false);
    // "a" as a file and "a/b" below it cannot both exist: the disk refuses the second write half-way.
    List<OutputFile> impossible =
        List.of(OutputFile.text("a", "file"), OutputFile.text("a/b", "under a file"), OutputFile.text("index.html", "v2"));
    assertThatThrownBy(() -> writer.write(out, impossible, project, false)).isInstanceOf(UncheckedIOException.class);
    assertThat(out.resolve("index.html")).hasContent("v1");
    assertThat(out.resolve("a/index.html")).hasContent("a1");
    assertThat(Files.list(project).map(p -> p.getFileName().toString())).containsExactly("site");
  }

  @Test
  void aSwapInterruptedBetweenItsRenamesIsUndoneByTheNextRun() throws IOException {
    Path out = project.resolve("site");
    writer.write(out, List.of(OutputFile.text("index.html", "v1")), project, false);
    // What a kill between the two renames leaves: the old site moved aside, no site/.
    Files.move(out, project.resolve(".site.old"));
    writer.write(out, List.of(OutputFile.text("index.html", "v2")), project, false);
    assertThat(out.resolve("index.html")).hasContent("v2");
    assertThat(project.resolve(".site.old")).doesNotExist();
  }

  @Test
  void outputPathsMustBeRelativeAndNormalised() {
    for (String bad : List.of("/etc/passwd", "../x", "a/../b", "a//b", "a\\b", "", "dir/")) {
      assertThatThrownBy(() -> OutputFile.text(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Object inode(Path p) throws IOException {
    return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
  }

  @Test
  void aRebuildKeepsTheFilesThatDidNotChangeAndWritesTheOthers() throws IOException {
    Path out = project.resolve("site");
    writer.write(out, List.of(OutputFile.text("index.html", "home"), OutputFile.text("a/index.html", "a1"),
        OutputFile.text("gone.txt", "x")), project, false);
    Object home = inode(out.resolve("index.html"));
    Object a = inode(out.resolve("a/index.html"));
    java.nio.file.attribute.FileTime homeTime = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(out.resolve("index.html"), homeTime);

    writer.write(out, List.of(OutputFile.text("index.html", "home"), OutputFile.text("a/index.html", "a2")), project,
        false);
    assertThat(out.resolve("index.html")).hasContent("home");
    assertThat(inode(out.resolve("index.html"))).as("the unchanged file is the same file").isEqualTo(home);
    assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(homeTime);
    assertThat(out.resolve("a/index.html")).hasContent("a2");
    assertThat(inode(out.resolve("a/index.html"))).isNotEqualTo(a);
    assertThat(out.resolve("gone.txt")).doesNotExist();
    assertThat(Files.list(project).map(p -> p.getFileName().toString())).containsExactly("site");
  }

  @Test
  void onlyASiteVersusMadeIsReusedAndNeverThroughALinkOutOfIt() throws IOException {
    // A folder Versus did not make (replaced with --force): its files are not taken over, even when equal.
    Path docs = Files.createDirectories(project.resolve("docs"));
    Files.writeString(docs.resolve("index.html"), "home");
    Object theirs = inode(docs.resolve("index.html"));
    writer.write(docs, List.of(OutputFile.text("index.html", "home")), project, true);
    assertThat(inode(docs.resolve("index.html"))).isNotEqualTo(theirs);

    // A site Versus made, with a folder link the user added that leads outside it.
    Path out = project.resolve("site");
    writer.write(out, List.of(OutputFile.text("index.html", "home")), project, false);
    Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("data.txt"), "same");
    Files.createSymbolicLink(out.resolve("linked"), elsewhere);
    writer.write(out, List.of(OutputFile.text("linked/data.txt", "same")), project, false);
    assertThat(out.resolve("linked/data.txt")).hasContent("same");
    assertThat(Files.isSymbolicLink(out.resolve("linked"))).isFalse();
    assertThat(inode(out.resolve("linked/data.txt"))).isNotEqualTo(inode(elsewhere.resolve("data.txt")));
    assertThat(elsewhere.resolve("data.txt")).hasContent("same");
  }
}
