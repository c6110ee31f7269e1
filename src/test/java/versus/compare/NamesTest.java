package versus.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import versus.compare.SubjectMatcher.Named;
import versus.compare.SubjectMatcher.Quality;

/** Subject and feature names: matching, normalising, aliases. */
class NamesTest {

  private final SubjectMatcher matcher = new SubjectMatcher(SeedExtractionTest.CONFIG.subjects());

  @Test
  void longestNameWinsAndCaseMarkupAndEmojiDoNotMatter() {
    assertThat(matcher.subjectsIn("Amazon EKS (Elastic Kubernetes Service)")).containsExactly("eks");
    assertThat(matcher.subjectsIn("**ECS** vs. 🐳 k8s")).containsExactly("ecs", "kubernetes");
    assertThat(matcher.subjectsIn("AWS App Runner and Kubernetes-native apps")).containsExactly("app-runner", "kubernetes");
    assertThat(matcher.subjectsIn("Elastic container services")).as("a plural is another word").isEmpty();
  }

  @Test
  void tableCellsNameASubjectExactlyAfterTrimmingOrByANearSpelling() {
    assertThat(matcher.name("**ECS**".replace("*", ""))).contains(new Named("ecs", Quality.EXACT));
    assertThat(matcher.name("ECS (Elastic Container Service)")).contains(new Named("ecs", Quality.EXACT));
    assertThat(matcher.name("ECS\u00A0")).contains(new Named("ecs", Quality.TRIMMED));
    assertThat(matcher.name(" Fargate ")).contains(new Named("fargate", Quality.TRIMMED));
    assertThat(matcher.name("Kuberentes")).contains(new Named("kubernetes", Quality.SPELLING));
    assertThat(matcher.name("ESC")).as("short names are never guessed: ECS and EKS are one letter apart").isEmpty();
    assertThat(matcher.name("ECS and EKS")).isEmpty();
    assertThat(matcher.name("EC2 Nodes")).as("a name with more words is not the subject").isEmpty();
    assertThat(matcher.name("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "**Launch Types:**|launch type",
        "2️⃣ Launch type|launch type",
        "Best For|best",
        "Advantages of|advantage",
        "TL;DR:|tl dr",
        "Multi-Cloud|multi cloud",
        "Ease of Use|ease of use",
      })
  void featureKeysIgnoreMarkupNumberingPluralsAndTrailingSmallWords(String name, String key) {
    assertThat(FeatureNames.key(name)).isEqualTo(key);
  }

  @Test
  void builtInGroupsMergeCommonNamesAndConfigurationExtendsThem() {
    FeatureNames names = new FeatureNames(List.of(List.of("Launch types", "Deployment models"),
        List.of("Usability", "UX", "Ease of use")));
    assertThat(names.canonical("Complexity")).isEqualTo(names.canonical("Ease of Use"));
    assertThat(names.canonical("Multi-Cloud")).isEqualTo(names.canonical("Portability"));
    assertThat(names.groupLabel(names.canonical("Multi-Cloud"))).contains("Portability");
    assertThat(names.canonical("EKS Deployment Models".substring(4))).isEqualTo(names.canonical("Launch Types"));
    // A configured group sharing a name with a built-in one absorbs it; its first name is shown.
    assertThat(names.groupLabel(names.canonical("Complexity"))).contains("Usability");
    assertThat(names.rank(names.canonical("UX"))).as("in the built-in group's place")
        .isEqualTo(new FeatureNames(List.of()).rank(names.canonical("Complexity")) + 1);
    assertThat(names.rank(names.canonical("Deployment models"))).isEqualTo(FeatureNames.CONFIG_POSITION);
    assertThat(new FeatureNames(List.of(List.of("Definition", "Gist"))).rank(FeatureNames.key("Gist"))).isZero();
    assertThat(names.canonical("UX")).isEqualTo(names.canonical("Learning curve"));
    assertThat(names.canonical("Networking")).isEqualTo("networking");
    assertThat(names.rank(names.canonical("Overview"))).isZero();
    assertThat(names.rank("networking")).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void headingsGiveTheirSubjectAndWhatElseTheySay() {
    Outline.Context none = new Outline.Context(List.of(), "");
    assertThat(Outline.context("When to Choose Kubernetes (K8s)", none, matcher))
        .isEqualTo(new Outline.Context(List.of("kubernetes"), "When to Choose"));
    assertThat(Outline.context("How ECS Runs Containers:", none, matcher))
        .isEqualTo(new Outline.Context(List.of("ecs"), "How it Runs Containers"));
    assertThat(Outline.context("1. Amazon ECS (Elastic Container Service)", none, matcher))
        .isEqualTo(new Outline.Context(List.of("ecs"), ""));
    assertThat(Outline.context("Which is Better: ECS or EKS?", none, matcher))
        .isEqualTo(new Outline.Context(List.of("ecs", "eks"), "Which is Better"));
    assertThat(Outline.context("ECS vs. EKS: Key Differences", none, matcher))
        .isEqualTo(new Outline.Context(List.of("ecs", "eks"), ""));
    Outline.Context ecs = new Outline.Context(List.of("ecs"), "");
    assertThat(Outline.context("Overview", ecs, matcher)).isEqualTo(new Outline.Context(List.of("ecs"), "Overview"));
    assertThat(Outline.context("**Multi-Cloud**:", none, matcher)).isEqualTo(new Outline.Context(List.of(), "Multi-Cloud"));
  }

  @Test
  void wordsFoldWithTheRootLocaleWhateverTheDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(Words.key("INTEGRATION İ")).isEqualTo("integration i");
      assertThat(new SubjectMatcher(List.of(new Subject("iis", "IIS", List.of(), true))).subjectsIn("iis")).containsExactly("iis");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void bulletsAndNumberingLeaveStatementsButNumbersInTextStay() {
    assertThat(Words.stripBullet("✅ Fully managed")).isEqualTo("Fully managed");
    assertThat(Words.stripBullet("1️⃣ Clusters – group")).isEqualTo("Clusters – group");
    assertThat(Words.stripBullet("2. Tasks")).isEqualTo("Tasks");
    assertThat(Words.stripBullet("3.5 GB of memory")).isEqualTo("3.5 GB of memory");
    assertThat(Words.stripBullet("(optional) sidecars")).isEqualTo("(optional) sidecars");
    assertThat(Words.slug("App Runner")).isEqualTo("app-runner");
    assertThat(Words.cleanLabel("**2. Hybrid (EKS Anywhere):**")).isEqualTo("Hybrid (EKS Anywhere)");
  }

  @Test
  void oneEditApartAgreesWithTheFullEditDistance() {
    java.util.Random random = new java.util.Random(7);
    String letters = "abcd";
    for (int n = 0; n < 20_000; n++) {
      String a = randomWord(random, letters);
      String b = random.nextBoolean() ? randomWord(random, letters) : mutate(a, random, letters);
      assertThat(SubjectMatcher.oneEditApart(a, b)).as("%s / %s", a, b).isEqualTo(distance(a, b) == 1);
    }
    assertThat(SubjectMatcher.oneEditApart("kubernetes", "kuberentes")).isTrue();
    assertThat(SubjectMatcher.oneEditApart("fargate", "fargte")).isTrue();
    assertThat(SubjectMatcher.oneEditApart("fargate", "fargate")).isFalse();
  }

  private static String randomWord(java.util.Random random, String letters) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      out.append(letters.charAt(random.nextInt(letters.length())));
    }
    return out.toString();
  }

  private static String mutate(String a, java.util.Random random, String letters) {
    StringBuilder out = new StringBuilder(a);
    int at = a.isEmpty() ? 0 : random.nextInt(a.length());
    switch (random.nextInt(4)) {
      case 0 -> out.insert(at, letters.charAt(random.nextInt(letters.length())));
      case 1 -> { if (!a.isEmpty()) out.deleteCharAt(at); }
      case 2 -> { if (!a.isEmpty()) out.setCharAt(at, letters.charAt(random.nextInt(letters.length()))); }
      default -> {
        if (at + 1 < a.length()) {
          out.setCharAt(at, a.charAt(at + 1));
          out.setCharAt(at + 1, a.charAt(at));
        }
      }
    }
    return out.toString();
  }

  /** The reference: Damerau–Levenshtein distance (optimal string alignment) over the whole table. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void foldingAndSpacesKeepTheirMeaningOnTheFastPaths() {
    assertThat(Words.fold("ECS")).isEqualTo("ecs");
    assertThat(Words.fold("Écs")).isEqualTo("ecs");
    assertThat(Words.key("**Amazon  ECS**, (Élastic)")).isEqualTo("amazon ecs elastic");
    assertThat(Words.count("Amazon ECS — 2️⃣ Élastic")).isEqualTo(4);
    assertThat(Words.collapseSpaces("\u00A0 a \t b\u202F ")).isEqualTo("a b");
    assertThat(Words.collapseSpaces("a b")).isEqualTo("a b");
    assertThat(SubjectMatcher.trimSpaces("\u00A0ECS\u2007 ")).isEqualTo("ECS");
  }
}
