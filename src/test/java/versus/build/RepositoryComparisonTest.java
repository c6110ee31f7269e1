package versus.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import versus.output.OutputFile;
import versus.testing.Golden;

/**
 * The comparison of the repository's own notes: comparison.json against its golden file (rewrite it with
 * {@code -Dgolden.update=true} and review the diff), and the pages that lead to it.
 */
class RepositoryComparisonTest {

  static final Path PROJECT = Path.of("").toAbsolutePath();
  static BuildResult result;

  @BeforeAll
  static void build() {
    result = new SiteBuilder().build(BuildOptions.of(PROJECT));
  }

  static String file(String path) {
    return result.files().stream().filter(f -> f.path().equals(path)).findFirst().map(OutputFile::text)
        .orElseThrow(() -> new AssertionError("no " + path));
  }

  @Test
  void comparisonJsonMatchesItsGoldenFile() {
    Golden.assertMatches(PROJECT.resolve("src/test/resources/golden/compare/comparison.json"),
        file("compare/comparison.json"));
  }

  @Test
  void theHomePageLeadsWithTheComparisonAndListsTheNotesBelow() {
    Document home = Jsoup.parse(file("index.html"));
    assertThat(home.select("main h2").eachText()).startsWith("Compare", "Notes");
    assertThat(home.select(".subject-card h3 a").eachText())
        .containsExactly("ECS", "EKS", "Fargate", "App Runner", "ECR", "Kubernetes", "EC2");
    assertThat(home.select(".compare-home a.compare-cta").attr("href")).isEqualTo("compare/");
    assertThat(home.select(".pair-link").eachAttr("href")).contains("compare/ecs-vs-eks/", "compare/ecs-vs-kubernetes/");
  }

  @Test
  void everySubjectAndComparedPairHasAPageAndTheMatrixShowsEverySubject() {
    Document matrix = Jsoup.parse(file("compare/index.html"));
    assertThat(matrix.select("table.matrix thead th").eachText())
        .containsExactly("Feature", "ECS", "EKS", "Fargate", "App Runner", "ECR", "Kubernetes", "EC2");
    assertThat(matrix.select("fieldset.compare-picker input").eachAttr("value"))
        .containsExactly("ecs", "eks", "fargate", "app-runner", "ecr", "kubernetes", "ec2");
    assertThat(matrix.select("tbody th").eachText())
        .anyMatch(t -> t.startsWith("Scaling")).anyMatch(t -> t.startsWith("Ease of use"))
        .anyMatch(t -> t.startsWith("Portability"));
    assertThat(matrix.select("a[href=matrix.svg], a[href=comparison.json], a[href=comparison.csv]")).hasSize(3);
    for (String page : new String[] {"ecs", "eks", "fargate", "app-runner", "ecr", "kubernetes", "ec2", "ecs-vs-eks",
        "ecs-vs-kubernetes"}) {
      assertThat(result.files()).anyMatch(f -> f.path().equals("compare/" + page + "/index.html"));
    }
    Document ecsVsEks = Jsoup.parse(file("compare/ecs-vs-eks/index.html"));
    assertThat(ecsVsEks.select("h1").text()).isEqualTo("ECS vs EKS");
    assertThat(ecsVsEks.select("a[href='../?s=ecs,eks']")).hasSize(1);
  }
}
