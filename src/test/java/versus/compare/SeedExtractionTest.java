package versus.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import versus.diag.Diagnostics;
import versus.markdown.RenderedNote;

/**
 * Extraction from each of the repository's five notes on its own, with what the matrix must show spelled out. The
 * notes are read with their mojibake repaired ({@link SeedNotes}), as the build will read them; nothing here depends on
 * emoji bytes.
 */
class SeedExtractionTest {

  /** The subjects and feature aliases the repository's versus.yml declares. */
  static final CompareConfig CONFIG =
      new CompareConfig(
          List.of(
              new Subject("ecs", "ECS", List.of("Amazon ECS", "AWS ECS", "Elastic Container Service"), true),
              new Subject("eks", "EKS", List.of("Amazon EKS", "AWS EKS", "Elastic Kubernetes Service"), true),
              new Subject("fargate", "Fargate", List.of("AWS Fargate"), true),
              new Subject("app-runner", "App Runner", List.of("AWS App Runner"), true),
              new Subject("ecr", "ECR", List.of("Amazon ECR", "Elastic Container Registry"), true),
              new Subject("kubernetes", "Kubernetes", List.of("K8s"), true),
              new Subject("ec2", "EC2", List.of("Amazon EC2"), true)),
          List.of(
              List.of("Launch types", "Deployment models", "Deployment options"),
              List.of("Key terms", "Architecture")));

  static Comparison compare(String file) {
    return new Comparer(CONFIG).compare(List.of(SeedNotes.render(file, true)), new Diagnostics());
  }

  /** Feature label → subject id → statement texts, in matrix order. */
  static Map<String, Map<String, List<String>>> matrix(Comparison c) {
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    for (Feature f : c.features()) {
      Map<String, List<String>> row = new LinkedHashMap<>();
      for (MatrixCell cell : c.cells()) {
        if (cell.feature().equals(f.id())) {
          row.put(cell.subject(), cell.statements().stream().map(Statement::text).toList());
        }
      }
      out.put(f.label(), row);
    }
    return out;
  }

  static List<String> answers(Comparison c, String featureLabel, String subject) {
    Feature f = c.features().stream().filter(x -> x.label().equals(featureLabel)).findFirst().orElseThrow();
    return c.cells().stream()
        .filter(cell -> cell.feature().equals(f.id()) && cell.subject().equals(subject))
        .flatMap(cell -> cell.statements().stream())
        .filter(s -> s.kind().answer())
        .map(Statement::text)
        .toList();
  }

  @Test
  void basicsTableFeaturesAsRowsAndSubjectSectionsWithBoldPseudoHeadings() {
    Comparison c = compare("ecs-eks-basics.md");
    Map<String, Map<String, List<String>>> m = matrix(c);
    assertThat(m.keySet())
        .containsExactlyInAnyOrder("Ease of use", "Flexibility", "How it Runs Containers", "Key terms",
            "Orchestration", "Portability", "What it is", "When to use");
    // The | Feature | ECS | EKS | table; "Complexity" is an alias of "Ease of use", "Best For" of "When to use".
    assertThat(m.get("Ease of use"))
        .containsExactly(entry("ecs", List.of("Easier to learn, AWS-specific")),
            entry("eks", List.of("More complex, industry-standard")));
    assertThat(m.get("Orchestration"))
        .containsExactly(entry("ecs", List.of("AWS’s own system")), entry("eks", List.of("Kubernetes")));
    assertThat(m.get("Portability"))
        .containsExactly(entry("ecs", List.of("AWS only")), entry("eks", List.of("Any Kubernetes platform")));
    assertThat(m.get("Flexibility"))
        .containsExactly(entry("ecs", List.of("Less customizable")), entry("eks", List.of("Very flexible & extensible")));
    assertThat(m.get("When to use"))
        .containsExactly(entry("ecs", List.of("Small to medium apps, fast AWS integration")),
            entry("eks", List.of("Large, complex, multi-cloud architectures")));
    // "ECS = Elastic Container Service → AWS’s own …" under "What is ECS and EKS?": the second name goes.
    assertThat(answers(c, "What it is", "ecs")).containsExactly("AWS’s own container orchestration system.");
    assertThat(answers(c, "What it is", "eks")).containsExactly("AWS’s managed Kubernetes service.");
    assertThat(m.get("What it is").get("ecs"))
        .contains("AWS’s simpler container management tool.",
            "You tell ECS: Which container image to run.; How many copies (tasks) to run.; ECS handles the rest.");
    // "**ECS Key Terms**" (bold) and "EKS Key Terms" (plain, before a list) work as headings.
    assertThat(m.get("Key terms").get("ecs"))
        .containsExactly("Cluster → A logical group of container-running resources (EC2 or Fargate).",
            "Task Definition → Recipe describing: Which Docker image; CPU & memory; Environment variables",
            "Task → A running container instance from a task definition.",
            "Service → Keeps the desired number of tasks running");
    assertThat(m.get("Key terms").get("eks")).hasSize(4).first().isEqualTo("Cluster → Set of worker nodes + AWS-managed control plane.");
    assertThat(m.get("How it Runs Containers").keySet()).containsExactly("ecs", "eks");
    assertThat(c.pairs()).extracting(SubjectPair::slug).containsExactly("ecs-vs-eks");
    Source row = c.cells().stream().filter(x -> x.feature().equals("orchestration") && x.subject().equals("ecs"))
        .findFirst().orElseThrow().statements().get(0).sources().get(0);
    assertThat(row).isEqualTo(new Source("content/ecs-eks-basics.md", "ecs-eks-basics", "ECS/EKS", "ecs-vs-eks",
        "ECS vs EKS", 76));
  }

  @Test
  void fargateEcrLabelledPointsUnderEachSubjectAndATableWithSubjectsAsRows() {
    Comparison c = compare("ecs-eks-fargate-ecr.md");
    Map<String, Map<String, List<String>>> m = matrix(c);
    assertThat(m.keySet())
        .containsExactlyInAnyOrder("How it works", "What it is", "Works with", "When to use", "Launch types", "Features");
    assertThat(m.get("What it is"))
        .containsExactly(
            entry("ecs", List.of("A fully managed container orchestration service by AWS.", "AWS-native container orchestration")),
            entry("eks", List.of("A managed Kubernetes service on AWS.", "Managed Kubernetes")),
            entry("fargate", List.of("A serverless compute engine for containers.", "Serverless compute for containers")),
            entry("ecr", List.of("A fully managed Docker container registry.", "Docker container registry")));
    assertThat(m.get("Works with"))
        .containsExactly(entry("ecs", List.of("Fargate or EC2")), entry("eks", List.of("Fargate or EC2")),
            entry("fargate", List.of("ECS", "EKS", "ECS, EKS")), entry("ecr", List.of("ECS, EKS, Fargate")));
    assertThat(m.get("Launch types"))
        .containsExactly(
            entry("ecs", List.of("You can run ECS workloads on: Fargate (serverless, no instance management); EC2 (you "
                + "manage the underlying EC2 instances)")),
            entry("eks", List.of("Self-managed EC2 nodes", "Fargate (for serverless pods)")));
    assertThat(m.get("When to use").keySet()).containsExactly("ecs", "eks", "fargate");
    assertThat(m.get("Features"))
        .containsExactly(entry("ecr", List.of("Integrated with IAM for access control", "Supports image scanning",
            "Regional replication options")));
    assertThat(c.features().stream().filter(f -> f.label().equals("What it is")).findFirst().orElseThrow().names())
        .containsExactly("Purpose", "What it is");
    assertThat(c.pairs()).extracting(SubjectPair::slug)
        .containsExactly("ecs-vs-eks", "ecs-vs-fargate", "ecs-vs-ecr", "eks-vs-fargate", "eks-vs-ecr", "fargate-vs-ecr");
  }

  @Test
  void deepDiveSubjectFeatureHeadingsAndTheKeyDifferencesTable() {
    Comparison c = compare("ecs-vs-eks-deep-dive.md");
    Map<String, Map<String, List<String>>> m = matrix(c);
    assertThat(m.keySet())
        .containsExactlyInAnyOrder("What it is", "Ease of use", "Key terms", "Launch types", "Networking",
            "Orchestration", "Portability", "Scaling", "Security", "When not to use", "When to use");
    assertThat(answers(c, "Orchestration", "ecs")).containsExactly("AWS-native");
    assertThat(answers(c, "Ease of use", "ecs")).containsExactly("Easier");
    assertThat(answers(c, "Ease of use", "eks")).containsExactly("More complex");
    assertThat(answers(c, "Networking", "eks")).containsExactly("Kubernetes CNI");
    assertThat(answers(c, "Portability", "eks")).containsExactly("Multi-cloud capable");
    // "### ECS Auto Scaling" is ECS × Scaling: its points follow the table's answer.
    assertThat(m.get("Scaling").get("ecs"))
        .containsExactly("Auto Scaling",
            "Service Auto Scaling – Increases/decreases task count based on CPU, memory usage.",
            "Cluster Auto Scaling – Adjusts EC2 instances in an Auto Scaling Group.");
    assertThat(m.get("Scaling").get("eks"))
        .containsExactly("Cluster & Pod Autoscaling", "Cluster Autoscaler – Adjusts worker node count.",
            "Horizontal Pod Autoscaler (HPA) – Adjusts pod count.",
            "Vertical Pod Autoscaler (VPA) – Adjusts pod resource requests.");
    // "✅ **Best for:**" and "❌ **Not Ideal for:**" split "When to Use ECS?".
    assertThat(m.get("When to use").get("ecs"))
        .containsExactly("Teams already using AWS services.", "Applications requiring simple container orchestration.",
            "Serverless container workloads (via Fargate).");
    assertThat(m.get("When not to use").get("eks"))
        .containsExactly("Simple container workloads (Use ECS instead).",
            "Teams unfamiliar with Kubernetes (ECS is easier to manage).");
    // "ECS Architecture" (an alias of Key terms): numbered lines, bullets gone.
    assertThat(m.get("Key terms").get("ecs")).hasSize(5)
        .first().isEqualTo("Clusters – Logical group of EC2 instances or Fargate tasks running containers.");
    // The ECS Launch Types table: rows for ECS, and a subjects-as-rows table for EC2 and Fargate.
    assertThat(m.get("Launch types").get("ecs"))
        .startsWith("EC2 — Runs containers on user-managed EC2 instances within a cluster.",
            "Fargate — Runs containers serverlessly, no need to manage EC2 instances.");
    assertThat(answers(c, "What it is", "ec2")).containsExactly("Runs containers on user-managed EC2 instances within a cluster.");
    assertThat(m.get("Launch types").get("eks")).hasSize(5)
        .contains("Hybrid (EKS Anywhere) — Deploy EKS clusters on on-premise servers.");
    // A code block's caption is not a statement; the line after the code is.
    assertThat(m.get("Security").get("ecs")).hasSize(4).noneMatch(s -> s.startsWith("Example"));
    assertThat(c.pairs()).extracting(SubjectPair::slug).containsExactly("ecs-vs-eks", "fargate-vs-ec2");
  }

  @Test
  void ecsVsKubernetesFeatureSectionsWithSubjectLabelledPoints() {
    Comparison c = compare("ecs-vs-kubernetes.md");
    Map<String, Map<String, List<String>>> m = matrix(c);
    assertThat(m.keySet())
        .containsExactlyInAnyOrder("Advantages", "Disadvantages", "Ease of use", "Example Scenario", "Flexibility",
            "Integration with AWS", "Management", "Problem it Solves", "Scaling", "Summary", "What it is",
            "When to use");
    assertThat(m.get("Scaling"))
        .containsExactly(
            entry("ecs", List.of("ECS can auto-scale your application, adding or removing containers as needed based "
                + "on traffic.", "If using EC2 instances, you may need to manage the scaling of EC2 instances separately.")),
            entry("kubernetes", List.of("Kubernetes has advanced auto-scaling features, where it scales both containers "
                + "and the underlying infrastructure automatically. It also has horizontal pod autoscaling, which adjusts "
                + "the number of running container instances based on demand.")));
    // "### Which is Better: ECS or EKS?", "In Simple Terms" and "In Summary" are one feature.
    assertThat(m.get("Summary").get("ecs"))
        .containsExactly("ECS is easier to set up and better for those who want to stay within the AWS ecosystem. If "
                + "you don’t need the complexity of Kubernetes, ECS is perfect.",
            "Easier to set up and use for simple AWS-based applications. If you’re just using AWS and don’t need to "
                + "move your containers elsewhere, ECS is a great choice.",
            "Simpler, AWS-only, easier to use for basic container management.");
    assertThat(m.get("Summary").keySet()).containsExactly("ecs", "eks", "kubernetes");
    assertThat(m.get("Ease of use").keySet()).containsExactly("ecs", "kubernetes");
    assertThat(m.get("Management").keySet()).containsExactly("ecs", "kubernetes");
    // Headings naming one subject: "What is AWS ECS?", "Why Use ECS?", "When to Choose Kubernetes (K8s)".
    assertThat(m.get("When to use").get("kubernetes"))
        .contains("You have a complex, multi-cloud application.",
            "You need the ability to run containers on multiple platforms, not just AWS.");
    assertThat(m.get("Advantages").get("ecs")).hasSize(4)
        .first().isEqualTo("Fully Managed: You don't need to worry about managing the infrastructure or the "
            + "orchestration layer; AWS handles it.");
    assertThat(m.get("Example Scenario").keySet()).containsExactly("ecs", "eks", "kubernetes");
    assertThat(c.pairs()).extracting(SubjectPair::slug).containsExactly("ecs-vs-eks", "ecs-vs-kubernetes");
  }

  @Test
  void appRunnerNoteWithoutTablesGivesOverviewsAndTheConclusion() {
    Comparison c = compare("ecs-eks-app-runner.md");
    Map<String, Map<String, List<String>>> m = matrix(c);
    assertThat(m.keySet()).containsExactlyInAnyOrder("What it is", "Summary");
    assertThat(m.get("Summary"))
        .containsExactly(entry("ecs", List.of("A managed container orchestration service for Docker containers.")),
            entry("eks", List.of("A managed Kubernetes service for running Kubernetes clusters.")),
            entry("app-runner", List.of("A fully managed service for deploying and scaling containerized web apps and APIs.")));
    assertThat(m.get("What it is").get("app-runner"))
        .containsExactly("AWS App Runner is a fully managed containerized application deployment service.",
            "It allows you to deploy web applications and APIs quickly and easily without having to manage the "
                + "underlying infrastructure.",
            "App Runner automatically scales your application based on traffic and provides built-in load balancing, "
                + "monitoring, and logging.");
    assertThat(c.pairs()).extracting(SubjectPair::slug).containsExactly("ecs-vs-eks", "ecs-vs-app-runner", "eks-vs-app-runner");
  }

  @Test
  void tablesReadTheSameWithOrWithoutMojibake() {
    for (String file : SeedNotes.files()) {
      RenderedNote raw = SeedNotes.render(file, false);
      RenderedNote fixed = SeedNotes.render(file, true);
      Comparison a = new Comparer(CONFIG).compare(List.of(raw), new Diagnostics());
      Comparison b = new Comparer(CONFIG).compare(List.of(fixed), new Diagnostics());
      assertThat(tableFacts(a)).as(file).isEqualTo(tableFacts(b));
    }
  }

  private static List<String> tableFacts(Comparison c) {
    return c.cells().stream()
        .flatMap(cell -> cell.statements().stream()
            .filter(s -> s.kind() == Fact.Kind.TABLE)
            .map(s -> cell.feature() + "|" + cell.subject() + "|" + s.text() + "|" + s.sources().get(0).line()))
        .sorted()
        .toList();
  }
}
