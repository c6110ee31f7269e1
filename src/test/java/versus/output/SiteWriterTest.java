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
}
