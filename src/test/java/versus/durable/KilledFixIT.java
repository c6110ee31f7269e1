package versus.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No data loss" for {@code fix}: a {@code fix} over thousands of notes killed with SIGKILL at random moments leaves
 * every note byte for byte as it was or as a complete {@code fix} makes it, never truncated or half-written; anything
 * else it leaves is hidden (so {@code build} skips it), and the next {@code fix} finishes the job and removes it.
 *
 * <p>The notes are copies, under varied names and folders, of the repository's notes (three of the five are mojibake)
 * and of the repair's golden texts (clean: {@code fix} must not change them). The seed is printed;
 * {@code -Dversus.kill.seed=…} repeats a run and {@code -Dversus.kills=…} changes how many runs are killed.
 */
class KilledFixIT {

  static final int GROUPS = 200;
  static final int KILLS = Integer.getInteger("versus.kills", 8);
  static final long FIX_SECONDS = 120;

  @TempDir Path work;

  @Test
  void aKilledFixLeavesEveryNoteOldOrNewNeverTruncated() throws Exception {
    long seed = Long.getLong("versus.kill.seed", System.nanoTime());
    System.out.printf(Locale.ROOT, "KilledFixIT: seed %d (-Dversus.kill.seed=%d repeats this run)%n", seed, seed);
    Path original = work.resolve("original");
    Path logs = work.resolve("logs");
    makeNotes(original);
    Map<String, byte[]> before = contents(original);

    // What a complete fix makes of them.
    Path reference = work.resolve("reference");
    Jar.copy(original, reference);
    Jar.Result full = Jar.Command.of(work, "fix", reference.toString()).run(logs, FIX_SECONDS);
    assertThat(full.exit()).as("reference fix: %s", full.output()).isZero();
    Map<String, byte[]> after = contents(reference);
    assertThat(after.keySet()).as("fix leaves no other file").isEqualTo(before.keySet());
    long changing = before.keySet().stream().filter(k -> !Arrays.equals(before.get(k), after.get(k))).count();
    assertThat(changing).as("notes that fix changes").isGreaterThan(before.size() / 4);
    long fixMillis = full.millis();
    System.out.printf(Locale.ROOT, "KilledFixIT: %d notes, %d of them changed by fix, which takes %d ms%n",
        before.size(), changing, fixMillis);

    Random random = new Random(seed);
    Path round = work.resolve("round");
    Jar.copy(original, round);
    int killed = 0;
    for (int i = 0; i < KILLS; i++) {
      restore(round, before);
      long delay = (long) (fixMillis * 1.1 * (i + random.nextDouble()) / KILLS);
      Jar.Started fix = Jar.Command.of(work, "fix", round.toString()).start(logs);
      boolean finished = fix.process().waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        fix.kill();
        killed++;
      }
      int old = 0;
      int fixed = 0;
      List<String> extra = new ArrayList<>();
      Map<String, byte[]> now = contents(round);
      for (Map.Entry<String, byte[]> e : now.entrySet()) {
        String path = e.getKey();
        if (!before.containsKey(path)) {
          extra.add(path);
          continue;
        }
        boolean isOld = Arrays.equals(e.getValue(), before.get(path));
        boolean isNew = Arrays.equals(e.getValue(), after.get(path));
        assertThat(isOld || isNew)
            .as("kill %d after %d ms: %s is neither the original (%d bytes) nor the fixed text (%d bytes) but %d bytes",
                i + 1, delay, path, before.get(path).length, after.get(path).length, e.getValue().length)
            .isTrue();
        if (!Arrays.equals(before.get(path), after.get(path))) {
          if (isOld) {
            old++;
          } else {
            fixed++;
          }
        }
      }
      assertThat(now.keySet()).as("kill %d: every note is still there", i + 1).containsAll(before.keySet());
      String line = String.format(Locale.ROOT, "kill %2d: after %5d ms %-26s -> %4d notes fixed, %4d still to fix, %s",
          i + 1, delay, finished ? "(fix had finished, " + fix.result().exit() + ")" : "killed", fixed, old,
          extra.isEmpty() ? "no other file" : "left: " + extra);
      System.out.println("KilledFixIT: " + line);
      for (String leftover : extra) {
        assertThat(Path.of(leftover).getFileName().toString())
            .as("a file a killed fix leaves must be hidden, so that build skips it")
            .startsWith(".");
      }
      if (finished) {
        assertThat(fix.result().exit()).as("a fix that was not killed: %s", fix.result().output()).isZero();
        assertThat(old).as("a fix that finished left notes unfixed").isZero();
      }
    }
    assertThat(killed).as("fix runs actually killed mid-way").isGreaterThanOrEqualTo(KILLS / 2);

    // A leftover such as a kill between writing a note's new text and renaming it would leave, then a fix run to its
    // end over the last killed round: every note is fixed and nothing else remains.
    Path planted = round.resolve("part-5/.note 12.md.versus-fix");
    Files.writeString(planted, "# Trunc");
    Jar.Result rerun = Jar.Command.of(work, "fix", round.toString()).run(logs, FIX_SECONDS);
    assertThat(rerun.exit()).as("fix after the kills: %s", rerun.output()).isZero();
    Map<String, byte[]> finalState = contents(round);
    assertThat(finalState.keySet()).as("files after a complete fix").isEqualTo(after.keySet());
    for (String path : after.keySet()) {
      assertThat(finalState.get(path)).as(path).isEqualTo(after.get(path));
    }
    System.out.printf(Locale.ROOT, "KilledFixIT: %d of %d fix runs killed; the fix after them took %d ms%n", killed,
        KILLS, rerun.millis());
  }

  /**
   * {@code GROUPS} copies of the ten source texts in seven folders, under names with spaces, capitals, both note
   * extensions and a nested folder.
   */
  static void makeNotes(Path dir) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path folder : List.of(Path.of("content"), Path.of("src/test/resources/repair/golden"))) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(p -> p.getFileName().toString().matches("[0-9a-z_-]+\\.md")).sorted().forEach(sources::add);
      }
    }
    assertThat(sources).hasSize(10);
    int n = 0;
    for (int g = 0; g < GROUPS; g++) {
      for (Path source : sources) {
        n++;
        String name =
            switch (n % 4) {
              case 0 -> "note " + n + ".md";
              case 1 -> "Note-" + n + ".MD";
              case 2 -> "n" + n + "_" + source.getFileName();
              default -> "note-" + n + ".markdown";
            };
        Path folder = dir.resolve("part-" + (n % 7));
        if (n % 5 == 0) {
          folder = folder.resolve("deeper");
        }
        Files.createDirectories(folder);
        Files.copy(source, folder.resolve(name));
      }
    }
  }

  /** Puts every note of {@code root} back as it was and removes any other file. */
  static void restore(Path root, Map<String, byte[]> files) throws IOException {
    Map<String, byte[]> now = contents(root);
    for (Map.Entry<String, byte[]> e : now.entrySet()) {
      byte[] wanted = files.get(e.getKey());
      if (wanted == null) {
        Files.delete(root.resolve(e.getKey()));
      } else if (!Arrays.equals(wanted, e.getValue())) {
        Files.write(root.resolve(e.getKey()), wanted);
      }
    }
  }

  /** Every file under {@code root} (hidden ones too) with its bytes, by relative path. */
  static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
