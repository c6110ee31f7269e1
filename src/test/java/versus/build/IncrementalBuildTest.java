package versus.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.diag.Diagnostic;
import versus.output.OutputFile;

/**
 * A build that reuses a {@link BuildCache} (what {@code serve} does on every edit) makes exactly what a fresh build
 * makes: the same files, byte for byte, and the same diagnostics. The project is a copy of the repository's notes and
 * themes; each step is one kind of edit an author makes, in a seeded random order, and every step compares the two.
 */
class IncrementalBuildTest {

  @TempDir Path dir;

  private record Edit(String name, Consumer<Path> apply) {}

  @Test
  void everyKindOfEditGivesWhatAFreshBuildGives() throws IOException {
    versus.testing.Trees.copy(Path.of("content"), dir.resolve("content"));
    versus.testing.Trees.copy(Path.of("themes"), dir.resolve("themes"));
    Files.copy(Path.of("versus.yml"), dir.resolve("versus.yml"));
    List<Edit> edits = edits();
    SiteBuilder cached = new SiteBuilder();
    BuildCache cache = new BuildCache();
    BuildOptions options = BuildOptions.of(dir);
    assertSame("first build", cached.build(options, cache), new SiteBuilder().build(options));
    Random random = new Random(20261124);
    List<String> done = new ArrayList<>();
    // Every edit once in order, then forty more picked at random: later edits land on what earlier ones changed.
    for (int step = 0; step < edits.size() + 40; step++) {
      Edit edit = step < edits.size() ? edits.get(step) : edits.get(random.nextInt(edits.size()));
      edit.apply().accept(dir);
      done.add(edit.name());
      // Half the steps as serve builds (comparison and search index second), half in one go.
      BuildResult incremental = step % 2 == 0 ? staged(cached, options, cache) : cached.build(options, cache);
      assertSame(String.join(" → ", done), incremental, new SiteBuilder().build(options));
    }
  }

  /** The two steps of a staged build put back together. */
  private static BuildResult staged(SiteBuilder builder, BuildOptions options, BuildCache cache) {
    SiteBuilder.Staged staged = builder.buildStaged(options, cache);
    List<OutputFile> all = new ArrayList<>(staged.pages().files());
    all.addAll(staged.rest().get());
    all.sort(null);
    return staged.pages().failed() ? staged.pages() : staged.pages().withFiles(all);
  }

  private static void assertSame(String after, BuildResult incremental, BuildResult fresh) {
    assertThat(messages(incremental.diagnostics())).as("diagnostics after " + after)
        .isEqualTo(messages(fresh.diagnostics()));
    assertThat(incremental.files().stream().map(OutputFile::path).toList()).as("paths after " + after)
        .isEqualTo(fresh.files().stream().map(OutputFile::path).toList());
    for (int i = 0; i < fresh.files().size(); i++) {
      assertThat(incremental.files().get(i).text()).as(fresh.files().get(i).path() + " after " + after)
          .isEqualTo(fresh.files().get(i).text());
    }
  }

  private static List<String> messages(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }

  private static List<Edit> edits() {
    return List.of(
        new Edit("append prose", d -> append(d, "content/ecs-eks-basics.md", "\nA sentence added while serving.\n")),
        new Edit("add a table row", d -> append(d, "content/ecs-eks-fargate-ecr.md",
            "\n\n| Feature | ECS | EKS |\n|---|---|---|\n| Cold start | seconds | minutes |\n")),
        new Edit("new note with a new subject", d -> write(d, "content/nomad.md",
            "---\ntitle: Nomad notes\n---\n# Nomad\n\n| Feature | Nomad | ECS |\n|---|---|---|\n"
                + "| Scheduler | bin packing | AWS managed |\n\nSee [the basics](ecs-eks-basics.md#ecs).\n")),
        new Edit("retitle through front matter", d -> replaceFirst(d, "content/nomad.md", "title: Nomad notes",
            "title: Nomad, again")),
        new Edit("broken link", d -> append(d, "content/ecs-vs-kubernetes.md", "\n[gone](missing-note.md)\n")),
        new Edit("fix the broken link", d -> replaceAll(d, "content/ecs-vs-kubernetes.md",
            "[gone](missing-note.md)", "[basics](ecs-eks-basics.md)")),
        new Edit("front matter error", d -> write(d, "content/broken.md", "---\ntitle: [unclosed\n---\n# Broken\n")),
        new Edit("front matter fixed", d -> write(d, "content/broken.md", "---\ntitle: Mended\n---\n# Mended\n")),
        new Edit("rename a note", d -> move(d, "content/nomad.md", "content/nomad-scheduler.md")),
        new Edit("static file", d -> write(d, "content/notes.txt", "plain text " + System.nanoTime() % 7 + "\n")),
        new Edit("feature alias in versus.yml", d -> replaceFirst(d, "versus.yml",
            "  - [Launch types, Deployment models, Deployment options]",
            "  - [Launch types, Deployment models, Deployment options]\n  - [Scaling, Auto scaling, Autoscaling]")),
        new Edit("subject declared in versus.yml", d -> replaceFirst(d, "versus.yml", "subjects:\n",
            "subjects:\n  - id: docker\n    name: Docker\n")),
        new Edit("a section about what is not yet a subject", d -> write(d, "content/daemonless.md",
            "# Daemonless\n\n## Podman\n\n- **Daemon**: none, each container is a child process.\n"
                + "- **Rootless**: yes, by default.\n")),
        // No URL changes, so every other note keeps its rendering; what they say about the new subject must not.
        new Edit("subject found in a table added to a note", d -> append(d, "content/ecs-eks-basics.md",
            "\n\n| Feature | Docker | Podman |\n|---|---|---|\n| Daemon | yes | no |\n")),
        new Edit("template edit", d -> replaceFirst(d, "themes/default/templates/footer.mustache", "</footer>",
            "<!-- edited --></footer>")),
        new Edit("draft note", d -> write(d, "content/draft.md", "---\ndraft: true\n---\n# Draft\n")),
        new Edit("delete a note", d -> delete(d, "content/broken.md")),
        new Edit("mojibake pasted", d -> append(d, "content/ecs-eks-app-runner.md",
            "\nItâ€™s pasted from a chat window.\n")));
  }

  private static void append(Path d, String file, String text) {
    Path p = d.resolve(file);
    try {
      if (Files.exists(p)) {
        Files.writeString(p, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path d, String file, String text) {
    try {
      Files.writeString(d.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replaceFirst(Path d, String file, String from, String to) {
    replace(d, file, text -> text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }

  private static void replaceAll(Path d, String file, String from, String to) {
    replace(d, file, text -> text.replace(from, to));
  }

  private static void replace(Path d, String file, java.util.function.UnaryOperator<String> change) {
    Path p = d.resolve(file);
    try {
      if (Files.exists(p)) {
        Files.writeString(p, change.apply(Files.readString(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path d, String from, String to) {
    try {
      if (Files.exists(d.resolve(from))) {
        Files.move(d.resolve(from), d.resolve(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else if (Files.exists(d.resolve(to))) {
        Files.move(d.resolve(to), d.resolve(from), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path d, String file) {
    try {
      Files.deleteIfExists(d.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
