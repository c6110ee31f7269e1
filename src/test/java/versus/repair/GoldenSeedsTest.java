package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed notes in {@code content/} against their golden text ({@code repair/golden/}, see its README): seed 000
 * is windows-1254 mojibake with 19 lost-byte sites, 003 and 004 are Mac Roman mojibake, 001 and 002 are clean.
 */
class GoldenSeedsTest {

  /** The globe at 78:58 of seed 000 cannot be decided from context; the golden README accepts these four. */
  private static final List<String> GLOBES = List.of("🌍", "🌎", "🌏", "🌐");

  /** Line and column (in the golden file, code points) of the 19 lost-byte sites of seed 000, from the README. */
  private static final int[][] LOST_BYTE_SITES = {
    {57, 60}, {62, 65}, {64, 41}, {64, 59}, {64, 77}, {69, 39}, {69, 59}, {69, 77}, {73, 41}, {73, 61}, {73, 79},
    {77, 71}, {65, 31}, {65, 56}, {74, 35}, {74, 59}, {74, 78}, {78, 58}, {83, 4}
  };

  private final MojibakeRepairer repairer = new MojibakeRepairer();

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("ecs-eks-app-runner.md", "000_7b90d3b6d097471d.md"),
        Arguments.of("ecs-eks-basics.md", "001_7e6e2d757e0d00ae.md"),
        Arguments.of("ecs-vs-kubernetes.md", "002_425f29c1ff97b485.md"),
        Arguments.of("ecs-eks-fargate-ecr.md", "003_57d9a91fed891fae.md"),
        Arguments.of("ecs-vs-eks-deep-dive.md", "004_514f6f664bb8dc41.md"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void repairsEachSeedToItsGoldenText(String note, String golden) throws IOException {
    String seed = Files.readString(Path.of("content", note), StandardCharsets.UTF_8);
    String expected = FtfyCase.resource("/repair/golden/" + golden);

    RepairResult result = repairer.repair(seed);

    List<String> got = result.text().lines().toList();
    List<String> want = expected.lines().toList();
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      int[] g = got.get(i).codePoints().toArray();
      int[] w = want.get(i).codePoints().toArray();
      assertThat(g.length).as("code points on line %d", i + 1).isEqualTo(w.length);
      for (int c = 0; c < w.length; c++) {
        if (i + 1 == 78 && c + 1 == 58 && note.equals("ecs-eks-app-runner.md")) {
          assertThat(Character.toString(g[c])).as("the globe at 78:58").isIn(GLOBES);
        } else {
          assertThat(Character.toString(g[c])).as("%s:%d:%d", note, i + 1, c + 1).isEqualTo(Character.toString(w[c]));
        }
      }
    }
    assertThat(result.text().endsWith("\n")).isEqualTo(expected.endsWith("\n"));
    assertThat(repairer.repair(result.text()).text()).as("idempotent").isEqualTo(result.text());
  }

  @Test
  void cleanSeedsComeBackUnchangedWithNoRepairs() throws IOException {
    for (String note : List.of("ecs-eks-basics.md", "ecs-vs-kubernetes.md")) {
      String seed = Files.readString(Path.of("content", note), StandardCharsets.UTF_8);
      RepairResult result = repairer.repair(seed);
      assertThat(result.text()).isSameAs(seed);
      assertThat(result.changed()).isFalse();
      assertThat(result.repairs()).isEmpty();
    }
  }

  @Test
  void keepsWindowsLineEndingsAndAByteOrderMark() throws IOException {
    String seed = Files.readString(Path.of("content", "ecs-vs-eks-deep-dive.md"), StandardCharsets.UTF_8);
    String golden = FtfyCase.resource("/repair/golden/004_514f6f664bb8dc41.md");
    String crlf = "\uFEFF" + seed.replace("\n", "\r\n");

    RepairResult result = repairer.repair(crlf);

    assertThat(result.text()).isEqualTo("\uFEFF" + golden.replace("\n", "\r\n"));
    assertThat(result.repairs()).allMatch(r -> !r.before().contains("\r") && !r.after().contains("\r"));
  }

  @Test
  void restoresAllNineteenLostByteSitesOfSeed000() throws IOException {
    String seed = Files.readString(Path.of("content", "ecs-eks-app-runner.md"), StandardCharsets.UTF_8);
    List<String> golden = FtfyCase.resource("/repair/golden/000_7b90d3b6d097471d.md").lines().toList();
    RepairResult result = repairer.repair(seed);
    List<String> got = result.text().lines().toList();

    int restored = 0;
    for (int[] site : LOST_BYTE_SITES) {
      String want = codePointAt(golden.get(site[0] - 1), site[1]);
      String have = codePointAt(got.get(site[0] - 1), site[1]);
      boolean ok = site[0] == 78 && site[1] == 58 ? GLOBES.contains(have) : have.equals(want);
      restored += ok ? 1 : 0;
    }
    assertThat(restored).isEqualTo(19);
    // 18 sites lost one byte each, the chequered flag two
    assertThat(result.lostBytesRestored()).isEqualTo(20);
  }

  @Test
  void reportsTheFlagAndTheGlobeAsChoicesAndTheBoxCornersAsDecided() throws IOException {
    String seed = Files.readString(Path.of("content", "ecs-eks-app-runner.md"), StandardCharsets.UTF_8);
    RepairResult result = repairer.repair(seed);

    Repair flag = only(result, 83, "🏁");
    assertThat(flag.isChoice()).isTrue();
    assertThat(flag.lostBytes()).isEqualTo(2);
    assertThat(flag.before()).isEqualTo("ğŸ");

    Repair globe = result.repairs().stream().filter(r -> r.line() == 78 && GLOBES.contains(r.after())).findFirst().orElseThrow();
    assertThat(globe.isChoice()).isTrue();
    assertThat(globe.alternatives()).anyMatch(GLOBES::contains);

    // every repair that is not a choice was decided by structure: box corners, variation selectors
    assertThat(result.choices()).allMatch(r -> r.after().codePointCount(0, r.after().length()) == 1);
    assertThat(result.repairs())
        .filteredOn(r -> r.after().contains("┐"))
        .isNotEmpty()
        .allMatch(r -> !r.isChoice());
  }

  @Test
  void reportsPositionsInTheOriginalTextAndFormatsSummaryAndSites() throws IOException {
    String seed = Files.readString(Path.of("content", "ecs-eks-app-runner.md"), StandardCharsets.UTF_8);
    RepairResult result = repairer.repair(seed);

    Repair rocket = result.repairs().get(0);
    assertThat(rocket.line()).isEqualTo(1);
    assertThat(rocket.column()).isEqualTo("# Difference between ECS, EKS, and App Runner ".length() + 1);
    assertThat(rocket.before()).isEqualTo("ğŸš€");
    assertThat(rocket.after()).isEqualTo("🚀");
    assertThat(rocket.encoding()).isEqualTo("windows-1254");
    assertThat(rocket.format("content/ecs-eks-app-runner.md"))
        .isEqualTo("content/ecs-eks-app-runner.md:1:47: 'ğŸš€' → '🚀' (windows-1254)");
    assertThat(result.summary("content/x.md"))
        .startsWith("content/x.md: " + result.charactersRepaired() + " characters repaired in " + result.sequences())
        .contains("20 lost bytes restored");
    String line57 = seed.lines().toList().get(56);
    Repair corner = result.repairs().stream().filter(r -> r.line() == 57).findFirst().orElseThrow();
    assertThat(corner.column()).isEqualTo(line57.indexOf('â') + 1);
  }

  private static Repair only(RepairResult result, int line, String after) {
    List<Repair> found = result.repairs().stream().filter(r -> r.line() == line && r.after().equals(after)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String codePointAt(String line, int column) {
    int[] cps = line.codePoints().toArray();
    return Character.toString(cps[column - 1]);
  }
}
