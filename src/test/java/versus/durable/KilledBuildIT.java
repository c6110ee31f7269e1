package versus.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.testing.Node;

/**
 * "No data loss" for {@code build}: a build of 1,000 notes killed with SIGKILL at random moments leaves {@code site/}
 * exactly as the previous build made it or exactly as a complete build of the new content makes it, never a mix; and
 * whatever a killed build leaves beside it does not stop the next build, which finishes, cleans up and gives the new
 * site (the one every killed build's {@code site/} is compared with).
 *
 * <p>The kill delays are random but spread evenly over the measured length of a build (and a little beyond, so that
 * some builds die while swapping the new site in and some finish). The seed is printed; {@code -Dversus.kill.seed=…}
 * repeats a run and {@code -Dversus.kills=…} changes how many builds are killed.
 */
class KilledBuildIT {

  static final int NOTES = 1000;
  static final int KILLS = Integer.getInteger("versus.kills", 6);
  static final long BUILD_SECONDS = 300;

  @TempDir Path work;

  @Test
  void aKilledBuildLeavesThePreviousSiteOrTheNewOneNeverAMix() throws Exception {
    long seed = Long.getLong("versus.kill.seed", System.nanoTime());
    System.out.printf(Locale.ROOT, "KilledBuildIT: seed %d (-Dversus.kill.seed=%d repeats this run)%n", seed, seed);
    Path project = work.resolve("project");
    Path logs = work.resolve("logs");
    Node.Run generated = Node.run("", Map.of(), 120, "src/bench/corpus/generate-corpus.js", String.valueOf(NOTES),
        project.toString(), "10");
    assertThat(generated.exitCode()).as("corpus generator: %s", generated.stderr()).isZero();
    Path site = project.resolve("site");

    // The previous site, complete.
    Jar.Result first = Jar.Command.of(project, "build", "--quiet").run(logs, BUILD_SECONDS);
    assertThat(first.exit()).as("first build: %s", first.output()).isZero();
    TreeMap<String, String> old = Jar.snapshot(site);
    Path oldCopy = work.resolve("old-site");
    Jar.linkTree(site, oldCopy);
    long buildMillis = first.millis();
    System.out.printf(Locale.ROOT, "KilledBuildIT: %d notes, %d files in the site, a build takes %d ms%n", NOTES,
        old.size(), buildMillis);

    // New content; each build of it is killed at a random moment, and what it leaves in site/ is kept.
    changeContent(project.resolve("content"));
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    List<TreeMap<String, String>> states = new ArrayList<>();
    int killed = 0;
    for (int i = 0; i < KILLS; i++) {
      if (i > 0 && !states.get(i - 1).equals(old)) {
        // The last build got its new site in: put the old one back so that this build has something to replace.
        Jar.delete(site);
        Jar.linkTree(oldCopy, site);
      }
      // Evenly spread over 0 … 1.1 × the build's length: one random moment in each slice.
      long delay = (long) (buildMillis * 1.1 * (i + random.nextDouble()) / KILLS);
      Jar.Started build = Jar.Command.of(project, "build", "--quiet").start(logs);
      boolean finished = build.process().waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        build.kill();
        killed++;
      }
      TreeMap<String, String> after = Jar.snapshot(site);
      states.add(after);
      String line = String.format(Locale.ROOT, "kill %2d: after %6d ms %-24s -> site/ is %s; beside it: %s", i + 1,
          delay, finished ? "(build had finished, " + build.result().exit() + ")" : "killed",
          after.equals(old) ? "the previous site" : after.isEmpty() ? "MISSING" : "not the previous site",
          leftovers(project));
      lines.add(line);
      System.out.println("KilledBuildIT: " + line);
      if (finished) {
        assertThat(build.result().exit()).as("a build that was not killed: %s", build.result().output()).isZero();
      }
    }
    assertThat(killed).as("builds actually killed mid-way").isGreaterThanOrEqualTo(KILLS / 2);

    // Whatever the kills left, the next build finishes and leaves nothing beside site/. Its site is the new one...
    Jar.Result last = Jar.Command.of(project, "build", "--quiet").run(logs, BUILD_SECONDS);
    assertThat(last.exit()).as("build after the kills: %s", last.output()).isZero();
    TreeMap<String, String> fresh = Jar.snapshot(site);
    assertThat(leftovers(project)).as("staging folders left after a successful build").isEqualTo("nothing");
    assertThat(Jar.firstDifference(old, fresh)).as("the new content gives a different site").isNotNull();
    // ...and every killed build left site/ exactly as the previous site or exactly as that new one.
    for (int i = 0; i < KILLS; i++) {
      TreeMap<String, String> after = states.get(i);
      assertThat(after.equals(old) || after.equals(fresh))
          .as("%s%nfirst difference from the previous site: %s%nfirst difference from the new site: %s", lines.get(i),
              Jar.firstDifference(after, old), Jar.firstDifference(after, fresh))
          .isTrue();
    }
    System.out.printf(Locale.ROOT, "KilledBuildIT: %d of %d builds killed, each left the previous or the new site; "
        + "the build after them took %d ms%n", killed, KILLS, last.millis());
  }

  /**
   * Edits every tenth note, deletes one and adds one, so that pages, the home page, the comparison and the search
   * index all change.
   */
  static void changeContent(Path content) throws IOException {
    for (int n = 5; n <= NOTES; n += 10) {
      Path note = content.resolve(String.format(Locale.ROOT, "note-%04d.md", n));
      Files.writeString(note, "\n\n## Revised section\n\nThis paragraph was added after the first build.\n",
          StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    Files.delete(content.resolve("note-0002.md"));
    Files.writeString(content.resolve("added-after.md"), "# Added after the first build\n\nA new note.\n");
  }

  /** The hidden entries beside {@code site/} (staging folders), or "nothing". */
  static String leftovers(Path project) throws IOException {
    try (Stream<Path> list = Files.list(project)) {
      List<String> hidden = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList();
      return hidden.isEmpty() ? "nothing" : String.join(", ", hidden);
    }
  }
}
