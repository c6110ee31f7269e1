package versus.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.diag.Diagnostic;
import versus.diag.Diagnostics;

class ContentScannerTest {

  @TempDir Path root;

  @Test
  void filesComeSortedWithHiddenOnesSkippedAndNoWarningsForPlainNames() throws Exception {
    Path content = Files.createDirectories(root.resolve("content/sub"));
    Files.writeString(root.resolve("content/b.md"), "# B");
    Files.writeString(root.resolve("content/a.md"), "# A");
    Files.writeString(root.resolve("content/sub/c.png"), "png");
    Files.writeString(root.resolve("content/.a.md.versus-fix"), "half-written");
    Files.createDirectories(root.resolve("content/.git"));
    Files.writeString(root.resolve("content/.git/HEAD"), "ref");
    Diagnostics diagnostics = new Diagnostics();

    List<SourceFile> files = new ContentScanner().scan(root, diagnostics);

    assertThat(files).extracting(SourceFile::relPath).containsExactly("content/a.md", "content/b.md", "content/sub/c.png");
    assertThat(files).extracting(SourceFile::note).containsExactly(true, true, false);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(content).exists();
  }

  @Test
  void aNameTheLocaleCouldNotDecodeIsRecognised() {
    // What JDK 17 hands back for "café.md" under LANG=C: each undecodable byte becomes U+FFFD.
    assertThat(ContentScanner.garbledName("content/caf\uFFFD\uFFFD.md")).isTrue();
    assertThat(ContentScanner.garbledName("content/café.md")).isFalse();
    assertThat(ContentScanner.garbledName("content/ecs vs eks.md")).isFalse();
  }

  @Test
  void aMissingContentFolderIsAnErrorNotAnException() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(new ContentScanner().scan(root, diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::rule).containsExactly("no-content");
  }
}
