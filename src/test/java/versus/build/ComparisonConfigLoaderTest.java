package versus.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import versus.compare.CompareConfig;
import versus.compare.Subject;
import versus.diag.Diagnostics;

class ComparisonConfigLoaderTest {

  @Test
  void theRepositoryDeclaresSevenSubjectsAndTwoFeatureAliasGroups() {
    Diagnostics d = new Diagnostics();
    CompareConfig c = ComparisonConfigLoader.load(Path.of("").toAbsolutePath(), d);
    assertThat(d.sorted()).isEmpty();
    assertThat(c.subjects()).extracting(Subject::id)
        .containsExactly("ecs", "eks", "fargate", "app-runner", "ecr", "kubernetes", "ec2");
    assertThat(c.subjects().get(0).aliases()).contains("Amazon ECS", "Elastic Container Service");
    assertThat(c.subjects().get(5)).isEqualTo(new Subject("kubernetes", "Kubernetes", List.of("K8s"), true));
    assertThat(c.featureAliases()).contains(List.of("Launch types", "Deployment models", "Deployment options"));
  }

  @Test
  void shortFormsNameOnlyOrIdOnlyAndSingleAlias() {
    Diagnostics d = new Diagnostics();
    CompareConfig c = ComparisonConfigLoader.parse(
        "subjects:\n  - PostgreSQL\n  - id: mysql\n  - name: SQL Server\n    aliases: MSSQL\nfeature_aliases:\n", d);
    assertThat(d.sorted()).isEmpty();
    assertThat(c.subjects())
        .containsExactly(new Subject("postgresql", "PostgreSQL", List.of(), true),
            new Subject("mysql", "mysql", List.of(), true),
            new Subject("sql-server", "SQL Server", List.of("MSSQL"), true));
    assertThat(c.featureAliases()).isEmpty();
  }

  @Test
  void malformedEntriesAreErrorsAtTheirLineAndTheRestStillApplies() {
    Diagnostics d = new Diagnostics();
    String yaml = """
        title: x
        subjects:
          - id: ecs
            name: ECS
            aliases: [Amazon ECS]
          - [not, a, subject]
          - id: Bad Id
            name: Bad
          - id: ecs
            name: Again
          - name: EKS
            aliases: [Amazon ECS]
            colour: blue
          - id: ""
        feature_aliases:
          - [Ease of use, Complexity]
          - [Lonely]
          - {a: b}
        """;
    CompareConfig c = ComparisonConfigLoader.parse(yaml, d);
    assertThat(c.subjects()).extracting(Subject::id).containsExactly("ecs", "eks");
    assertThat(c.subjects().get(1).aliases()).isEmpty();
    assertThat(c.featureAliases()).containsExactly(List.of("Ease of use", "Complexity"));
    assertThat(d.sorted()).extracting(Object::toString)
        .containsExactly(
            "versus.yml:6:5: error[config]: a subject must be a name or {id, name, aliases}",
            "versus.yml:7:5: error[config]: subject id 'Bad Id' must be lower-case letters, digits and single hyphens, e.g. app-runner",
            "versus.yml:9:5: error[config]: subject id 'ecs' is declared twice",
            "versus.yml:11:5: error[config]: 'Amazon ECS' already names subject ecs; a name can belong to one subject only",
            "versus.yml:13:5: error[config]: unknown subject key 'colour'; use id, name and aliases",
            "versus.yml:14:5: error[config]: a subject needs a name",
            "versus.yml:14:9: error[config]: a subject's 'id' must be a single word or phrase",
            "versus.yml:17:5: error[config]: a feature alias group needs two or more names, the first being the one shown",
            "versus.yml:18:5: error[config]: a feature alias group must be a list of names, such as [Ease of use, Complexity]");
  }

  @Test
  void subjectsMustBeAList() {
    Diagnostics d = new Diagnostics();
    assertThat(ComparisonConfigLoader.parse("subjects: ECS\n", d).subjects()).isEmpty();
    assertThat(d.sorted()).extracting(Object::toString)
        .containsExactly("versus.yml:1:11: error[config]: 'subjects' must be a list; each entry a name or {id, name, aliases}");
  }
}
