package versus.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --out} is refused, through the packaged jar, for the file-system root, the home folder (as Java names
 * it and as {@code $HOME} does: both are pointed at folders of this test, never at the real ones), {@code content/}
 * itself (also through a symbolic link), the project folder, and a non-empty folder Versus did not make: exit code 1,
 * one line naming the problem, and nothing written anywhere.
 */
class RefusedOutIT {

  @TempDir Path work;

  @Test
  void dangerousOutputFoldersAreRefusedBeforeAnythingIsWritten() throws Exception {
    Path project = Files.createDirectories(work.resolve("project"));
    Files.createDirectories(project.resolve("content"));
    Files.writeString(project.resolve("content/a.md"), "# A\n\nA note.\n");
    Path javaHome = Files.createDirectories(work.resolve("java-home"));
    Files.writeString(javaHome.resolve(".profile"), "# mine\n");
    Path envHome = Files.createDirectories(work.resolve("env-home"));
    Files.writeString(envHome.resolve(".bashrc"), "# mine too\n");
    Path docs = Files.createDirectories(project.resolve("docs"));
    Files.writeString(docs.resolve("thesis.tex"), "precious\n");
    Path link = Files.createSymbolicLink(work.resolve("link-to-content"), project.resolve("content"));
    TreeMap<String, String> before = Jar.snapshot(work);
    List<String> rootBefore = list(Path.of("/"));
    Path logs = Files.createTempDirectory("versus-refused-out-logs");

    record Case(String out, String why, Map<String, String> env, List<String> jvm) {}
    List<Case> cases =
        List.of(
            new Case("/", "is the file-system root", Map.of(), List.of()),
            new Case(javaHome.toString(), "is your home folder", Map.of(), List.of("-Duser.home=" + javaHome)),
            new Case(envHome.toString(), "is your home folder", Map.of("HOME", envHome.toString()), List.of()),
            new Case(envHome + "/sub/..", "is your home folder", Map.of("HOME", envHome.toString()), List.of()),
            new Case("content", "is inside content/, which Versus reads", Map.of(), List.of()),
            new Case(project.resolve("content/site").toString(), "is inside content/", Map.of(), List.of()),
            new Case(link.toString(), "is inside content/", Map.of(), List.of()),
            new Case(".", "holds the project itself", Map.of(), List.of()),
            new Case("docs", "was not made by Versus (no .versus-site file)", Map.of(), List.of()));
    try {
      for (Case c : cases) {
        Jar.Result r =
            Jar.Command.of(project, "build", "--out", c.out())
                .env(c.env())
                .jvm(c.jvm().toArray(String[]::new))
                .run(logs, 60);
        String what = "build --out " + c.out();
        assertThat(r.exit()).as("%s exit code; output:%n%s", what, r.output()).isEqualTo(1);
        assertThat(r.stdout()).as("%s stdout", what).isEmpty();
        assertThat(r.stderr().lines()).as("%s: one line", what).hasSize(1);
        assertThat(r.stderr())
            .as(what)
            .contains("error[output]: refusing to write the site here: it " + c.why())
            .doesNotContain("Exception");
        if (c.out().equals("docs")) {
          assertThat(r.stderr()).contains("--force");
        }
        assertThat(Jar.firstDifference(before, Jar.snapshot(work))).as("%s wrote something", what).isNull();
        assertThat(list(work)).as("%s made a folder", what)
            .containsExactlyInAnyOrder("project", "java-home", "env-home", "link-to-content");
        assertThat(list(project)).as("%s made a folder in the project", what)
            .containsExactlyInAnyOrder("content", "docs");
        assertThat(list(Path.of("/"))).as("%s changed /", what).isEqualTo(rootBefore);
      }
    } finally {
      Jar.delete(logs);
    }
  }

  static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
