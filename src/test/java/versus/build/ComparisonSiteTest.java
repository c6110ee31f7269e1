package versus.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.testing.SiteLinkChecker;
import versus.testing.TestSite;

/**
 * The comparison built from notes in a temporary content folder: what the matrix shows, and how awkward content (no
 * tables, empty header cells, names written differently, repeated rows, fifty columns) still gives a sensible matrix
 * with warnings instead of an exception. The subjects here are databases, not the repository's AWS services.
 */
class ComparisonSiteTest {

  @TempDir Path dir;

  /** Feature label → subject id → statements, from the built comparison.json. */
  static Map<String, Map<String, List<String>>> matrix(TestSite.Built b) {
    JsonObject json = JsonParser.parseString(b.file("compare/comparison.json")).getAsJsonObject();
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonElement f : json.getAsJsonArray("features")) {
      labels.put(f.getAsJsonObject().get("id").getAsString(), f.getAsJsonObject().get("label").getAsString());
    }
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    for (JsonElement e : json.getAsJsonArray("cells")) {
      JsonObject cell = e.getAsJsonObject();
      List<String> texts = new ArrayList<>();
      for (JsonElement s : cell.getAsJsonArray("statements")) {
        texts.add(s.getAsJsonObject().get("text").getAsString());
      }
      out.computeIfAbsent(labels.get(cell.get("feature").getAsString()), k -> new LinkedHashMap<>())
          .put(cell.get("subject").getAsString(), texts);
    }
    return out;
  }

  static List<String> subjects(TestSite.Built b) {
    JsonArray subjects =
        JsonParser.parseString(b.file("compare/comparison.json")).getAsJsonObject().getAsJsonArray("subjects");
    List<String> ids = new ArrayList<>();
    subjects.forEach(s -> ids.add(s.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  @Test
  void notesAboutDatabasesMakeAMatrixSubjectPagesAPairPageAndData() {
    TestSite.Built b =
        TestSite.with("versus.yml", "title: DBs\nsubjects:\n  - id: pg\n    name: PostgreSQL\n    aliases: [Postgres]\n"
                + "  - MySQL\nfeature_aliases:\n  - [Replication, Copies]\n")
            .and("content/a.md", "# Postgres vs MySQL\n\n| Feature | **Postgres** | MySQL |\n|---|---|---|\n"
                + "| Replication | Streaming | Binlog |\n| JSON | `jsonb`, indexed | JSON type |\n")
            .and("content/b.md", "# MySQL notes\n\n## When to use MySQL\n\n- Simple web apps\n- Read-heavy sites\n\n"
                + "## PostgreSQL\n\n- **Copies**: Logical and streaming\n- **License**: PostgreSQL licence\n")
            .buildIn(dir);
    assertThat(b.result().failed()).as(b.messages().toString()).isFalse();
    assertThat(b.paths())
        .contains("compare/index.html", "compare/pg/index.html", "compare/mysql/index.html",
            "compare/pg-vs-mysql/index.html", "compare/comparison.json", "compare/comparison.csv", "compare/matrix.svg");
    assertThat(matrix(b))
        .containsEntry("Replication", Map.of("pg", List.of("Streaming", "Logical and streaming"), "mysql", List.of("Binlog")))
        .containsEntry("JSON", Map.of("pg", List.of("jsonb, indexed"), "mysql", List.of("JSON type")))
        .containsEntry("When to use", Map.of("mysql", List.of("Simple web apps", "Read-heavy sites")))
        .containsEntry("License", Map.of("pg", List.of("PostgreSQL licence")));
    Document page = Jsoup.parse(b.file("compare/index.html"));
    assertThat(page.select("table.matrix thead th").eachText()).containsExactly("Feature", "PostgreSQL", "MySQL");
    assertThat(page.select("table.matrix tbody th").eachText())
        .as("rows: features with statements for two subjects").containsExactly("Replication also: Copies", "JSON");
    assertThat(page.select("#f-replication td.s-pg a.src").eachAttr("href"))
        .containsExactly("../a/#postgres-vs-mysql", "../b/#postgresql");
    assertThat(page.select("fieldset.compare-picker")).as("two subjects are always both shown").isEmpty();
    assertThat(Jsoup.parse(b.file("compare/pg/index.html")).select("h2").eachText())
        .startsWith("Replication", "JSON", "License");
    assertThat(Jsoup.parse(b.file("index.html")).select(".subject-card h3").eachText())
        .containsExactly("PostgreSQL", "MySQL");
    assertThat(b.file("compare/comparison.csv")).startsWith("feature,feature_label,subject,").contains("\r\n");
    assertThat(b.file("compare/matrix.svg")).startsWith("<?xml").contains(">Replication<");
    assertThat(b.file("sitemap.xml")).contains("<loc>compare/pg-vs-mysql/</loc>");
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks()).isEmpty();
  }

  @Test
  void aNoteWithoutTablesComparesThroughItsHeadings() {
    TestSite.Built b =
        TestSite.with("versus.yml", "subjects: [Redis, Memcached]\n")
            .and("content/cache.md", "# Caches\n\n## Redis\n\nAn in-memory data store.\n\n### Redis Persistence\n\n"
                + "- Snapshots and an append-only file\n\n## Memcached Persistence\n\nNone: it is a cache only.\n\n"
                + "## Which is better?\n\n- **Redis**: when you need data structures\n- Memcached → for plain caching\n")
            .buildIn(dir);
    Map<String, Map<String, List<String>>> m = matrix(b);
    assertThat(m.get("Persistence"))
        .isEqualTo(Map.of("redis", List.of("Snapshots and an append-only file"),
            "memcached", List.of("None: it is a cache only.")));
    assertThat(m.get("Summary"))
        .isEqualTo(Map.of("redis", List.of("when you need data structures"), "memcached", List.of("for plain caching")));
    assertThat(m.get("What it is")).isEqualTo(Map.of("redis", List.of("An in-memory data store.")));
    assertThat(b.paths()).contains("compare/redis-vs-memcached/index.html");
  }

  @Test
  void emptyHeaderCellsRepeatedRowsAndNamesWrittenDifferentlyAreReported() {
    TestSite.Built b =
        TestSite.with("versus.yml", "subjects:\n  - ECS\n  - Kubernetes\n  - id: eks\n    name: EKS\n"
                + "    aliases: [Amazon EKS]\n")
            .and("content/a.md", "# A\n\n| Feature | ECS\u00A0| Kuberentes | Amazon EKS | |\n|---|---|---|---|---|\n"
                + "| Scaling | Auto | HPA | Both | ? |\n|  | orphan | cell | here | |\n| Scaling | Service scaling | | | |\n")
            .buildIn(dir);
    assertThat(b.result().failed()).isFalse();
    assertThat(b.messages())
        .contains(
            "content/a.md:3: warning[compare-table]: table column 'ECS\u00A0' matches subject ecs after trimming",
            "content/a.md:3: warning[compare-table]: table column 'Kuberentes' is taken to be subject kubernetes (a "
                + "near spelling); add it to the subject's aliases in versus.yml if that is right",
            "content/a.md:3: warning[compare-table]: table column 5 has no header; its cells are left out of the comparison",
            "content/a.md:6: warning[compare-table]: table row has no feature name in its first cell; the row is left "
                + "out of the comparison",
            "content/a.md:7: warning[compare-table]: table row 'Scaling' repeats the row on line 5; the statements of "
                + "both are kept");
    assertThat(matrix(b).get("Scaling"))
        .isEqualTo(Map.of("ecs", List.of("Auto", "Service scaling"), "kubernetes", List.of("HPA"), "eks", List.of("Both")));
    assertThat(subjects(b)).containsExactly("ecs", "eks", "kubernetes");
  }

  @Test
  void aTableWithFiftyColumnsFindsItsSubjectsAndScrollsInsideItsBox() {
    StringBuilder head = new StringBuilder("| Spec |");
    StringBuilder line = new StringBuilder("|---|");
    StringBuilder row = new StringBuilder("| Weight |");
    for (int i = 1; i <= 49; i++) {
      head.append(" Laptop ").append(i).append(" |");
      line.append("---|");
      row.append(' ').append(1000 + i).append(" g |");
    }
    String table = head + "\n" + line + "\n" + row + "\n" + row.toString().replace("Weight", "Battery") + "\n";
    TestSite.Built b = TestSite.with("content/laptops.md", "# Laptops\n\n" + table).buildIn(dir);
    assertThat(b.result().failed()).isFalse();
    assertThat(subjects(b)).hasSize(49).contains("laptop-1", "laptop-49");
    assertThat(matrix(b).get("Weight")).hasSize(49).containsEntry("laptop-7", List.of("1007 g"));
    Document page = Jsoup.parse(b.file("compare/index.html"));
    assertThat(page.select("table.matrix thead th")).hasSize(50);
    assertThat(page.select(".matrix-scroll[role=region][tabindex=0]")).hasSize(1);
    assertThat(page.select("fieldset.compare-picker input[type=checkbox]")).hasSize(49);
    assertThat(b.paths()).as("a catalogue of 49 makes no head-to-head pages").noneMatch(p -> p.contains("-vs-"));
    assertThat(b.messages()).anyMatch(m -> m.contains("'Laptop 49' is compared as subject laptop-49"));
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks()).isEmpty();
  }

  @Test
  void beyondFiftySubjectsTheMatrixKeepsThoseMostNotesCoverAndListsTheRest() {
    // 60 subjects in one catalogue; a second note also covers the last ten, so those are the most covered.
    StringBuilder head = new StringBuilder("| Spec |");
    StringBuilder line = new StringBuilder("|---|");
    StringBuilder row = new StringBuilder("| Weight |");
    for (int i = 1; i <= 60; i++) {
      head.append(" Phone ").append(i).append(" |");
      line.append("---|");
      row.append(' ').append(100 + i).append(" g |");
    }
    StringBuilder second = new StringBuilder("# Heavy phones\n\n| Spec |");
    for (int i = 51; i <= 60; i++) {
      second.append(" Phone ").append(i).append(" |");
    }
    second.append("\n|---|").append("---|".repeat(10)).append("\n| Weight |").append(" heavy |".repeat(10));
    TestSite.Built b =
        TestSite.with("content/phones.md", "# Phones\n\n" + head + "\n" + line + "\n" + row + "\n")
            .and("content/heavy.md", second.toString())
            .buildIn(dir);
    assertThat(b.result().failed()).as(b.messages().toString()).isFalse();
    assertThat(subjects(b)).as("the data keeps every subject").hasSize(60);
    Document page = Jsoup.parse(b.file("compare/index.html"));
    List<String> columns = page.select("table.matrix thead th.subject").eachText();
    assertThat(columns).hasSize(50).contains("Phone 1", "Phone 40", "Phone 51", "Phone 60").doesNotContain("Phone 41");
    assertThat(page.select("fieldset.compare-picker input[type=checkbox]")).hasSize(50);
    assertThat(page.select("#v-compare-others ~ ul a").eachText())
        .containsExactly("Phone 41", "Phone 42", "Phone 43", "Phone 44", "Phone 45", "Phone 46", "Phone 47",
            "Phone 48", "Phone 49", "Phone 50");
    assertThat(page.select("#v-compare-others ~ ul a").first().attr("href")).isEqualTo("phone-41/");
    assertThat(b.paths()).contains("compare/phone-41/index.html");
    assertThat(b.file("compare/matrix.svg")).contains("Phone 60").doesNotContain("Phone 41<");
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks()).isEmpty();
  }

  @Test
  void aCellListsTwentyStatementsAndLinksToTheSubjectPageForTheRest() {
    TestSite site = TestSite.with("versus.yml", "title: Many\n");
    for (int i = 1; i <= 25; i++) {
      site = site.and(String.format("content/n%02d.md", i),
          "# Note " + i + "\n\n| Feature | Alpha | Beta |\n|---|---|---|\n| Speed | alpha speed " + i + " | beta "
              + i + " |\n");
    }
    TestSite.Built b = site.buildIn(dir);
    assertThat(b.result().failed()).as(b.messages().toString()).isFalse();
    Document matrix = Jsoup.parse(b.file("compare/index.html"));
    var cell = matrix.select("#f-speed td.s-alpha").first();
    assertThat(cell.select("li.statement, ul.statements > li")).hasSize(20);
    assertThat(cell.select("p.cell-rest a").text()).isEqualTo("5 more on the Alpha page");
    assertThat(cell.select("p.cell-rest a").attr("href")).isEqualTo("../compare/alpha/#f-speed");
    Document subject = Jsoup.parse(b.file("compare/alpha/index.html"));
    assertThat(subject.text()).contains("alpha speed 25").doesNotContain("more on the Alpha page");
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks()).isEmpty();
  }

  @Test
  void aSubjectWithHundredsOfFeaturesGetsNumberedPagesAndCellsLinkToTheRightOne() {
    StringBuilder big = new StringBuilder("# Specs\n\n| Feature | Alpha | Beta | Gamma |\n|---|---|---|---|\n");
    for (int i = 1; i <= 250; i++) {
      big.append(String.format("| Spec %03d | a%d | b%d | c%d |%n", i, i, i, i));
    }
    TestSite site = TestSite.with("content/specs.md", big.toString());
    // Zeta covers two subjects where the specs cover three, so it comes last: on Alpha's third page.
    for (int i = 1; i <= 25; i++) {
      site = site.and(String.format("content/z%02d.md", i),
          "# Zeta " + i + "\n\n| Feature | Alpha | Beta |\n|---|---|---|\n| Zeta | alpha zeta " + i + " | beta zeta "
              + i + " |\n");
    }
    TestSite.Built b = site.buildIn(dir);
    assertThat(b.result().failed()).as(b.messages().toString()).isFalse();
    assertThat(b.paths()).contains("compare/alpha/index.html", "compare/alpha/2/index.html",
        "compare/alpha/3/index.html", "compare/gamma/3/index.html").doesNotContain("compare/alpha/4/index.html");
    Document first = Jsoup.parse(b.file("compare/alpha/index.html"));
    Document third = Jsoup.parse(b.file("compare/alpha/3/index.html"));
    assertThat(first.select("article section[aria-labelledby^=f-]")).hasSize(100);
    assertThat(third.select("article section[aria-labelledby^=f-]")).hasSize(51);
    assertThat(first.select("nav.pager li")).hasSize(3);
    assertThat(first.select("nav.pager [aria-current=page]").text()).isEqualTo("1");
    assertThat(third.select("nav.pager a").eachAttr("href")).containsExactly("../", "../2/");
    assertThat(third.select("h1").text()).isEqualTo("Alpha, page 3");
    assertThat(third.select(".breadcrumbs a").eachText()).containsExactly("Versus", "Comparison", "Alpha");
    assertThat(third.select(".lead").text()).contains("page 3 of 3: features 201–251");
    assertThat(third.text()).contains("alpha zeta 25");
    Document matrix = Jsoup.parse(b.file("compare/index.html"));
    assertThat(matrix.select("#f-zeta td.s-alpha p.cell-rest a").attr("href")).isEqualTo("../compare/alpha/3/#f-zeta");
    assertThat(b.file("sitemap.xml")).contains("compare/alpha/3/");
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks()).isEmpty();
  }

  @Test
  void aPageListsOnlyTheNotesItCitesNumberedAsEverywhere() {
    TestSite.Built b =
        TestSite.with("content/a.md", "# A\n\n| Feature | Alpha | Beta |\n|---|---|---|\n| Speed | fast | slow |\n")
            .and("content/b.md", "# B\n\n| Feature | Gamma | Delta |\n|---|---|---|\n| Speed | quick | slower |\n")
            .buildIn(dir);
    assertThat(b.result().failed()).as(b.messages().toString()).isFalse();
    Document gamma = Jsoup.parse(b.file("compare/gamma/index.html"));
    assertThat(gamma.select("ol.compare-notes li")).hasSize(1);
    assertThat(gamma.select("ol.compare-notes li").attr("value")).isEqualTo("2");
    assertThat(gamma.select("ol.compare-notes li a").text()).isEqualTo("B");
    Document matrix = Jsoup.parse(b.file("compare/index.html"));
    assertThat(matrix.select("ol.compare-notes li").eachAttr("value")).containsExactly("1", "2");
  }

  @Test
  void oddTablesAndListsNeverThrowAndSourcesPointAtFileLines() {
    String nested = "- **Alpha**:\n" + "  ".repeat(1) + "- a\n" + "    - b\n".repeat(3);
    TestSite.Built b =
        TestSite.with("content/odd.md", "---\ntitle: Odd\norder: 1\n---\n# Odd\n\n"
                + "| Feature | Alpha | Beta |\n|---|---|---|\n| Speed | fast | slow |\n\n"
                + "| 🚀 | 🐳 |\n|---|---|\n\n"
                + "| Feature | Alpha |\n|---|---|\n| Ragged | a | extra | cells |\n| Short |\n\n"
                + "| Only |\n|---|\n| one column |\n\n"
                + "## Alpha vs Beta\n\n" + nested + "- Beta: also fine\n\n"
                + "## Beta\n\n```\ncode only\n```\n\n### \n\n**\n")
            .buildIn(dir);
    assertThat(b.result().failed()).as(b.messages().toString()).isFalse();
    JsonObject json = JsonParser.parseString(b.file("compare/comparison.json")).getAsJsonObject();
    JsonObject speed = null;
    for (JsonElement e : json.getAsJsonArray("cells")) {
      JsonObject cell = e.getAsJsonObject();
      if (cell.get("feature").getAsString().equals("speed") && cell.get("subject").getAsString().equals("alpha")) {
        speed = cell;
      }
    }
    assertThat(speed).isNotNull();
    JsonObject source = speed.getAsJsonArray("statements").get(0).getAsJsonObject().getAsJsonArray("sources").get(0)
        .getAsJsonObject();
    assertThat(source.get("line").getAsInt()).as("the table row's line in the file, front matter counted").isEqualTo(9);
    assertThat(matrix(b).get("Ragged")).isEqualTo(Map.of("alpha", List.of("a")));
    assertThat(matrix(b).get("Summary"))
        .as("nested points stay with the point they are under")
        .isEqualTo(Map.of("alpha", List.of("a: b; b; b"), "beta", List.of("also fine")));
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks()).isEmpty();
  }

  @Test
  void theThemeDocumentationIsNotCompared() {
    TestSite.Built b =
        TestSite.with("versus.yml", "theme_docs: true\n")
            .and("content/a.md", "# A\n\n| Feature | Alpha | Beta |\n|---|---|---|\n| Speed | fast | slow |\n")
            .and("themes/default/docs/zz-doc.md", "# Doc\n\n| Feature | Gamma | Delta |\n|---|---|---|\n| Speed | x | y |\n")
            .buildIn(dir);
    assertThat(b.paths()).contains("theme/zz-doc/index.html");
    assertThat(subjects(b)).containsExactly("alpha", "beta");
    assertThat(b.file("compare/comparison.json")).doesNotContain("zz-doc");
  }

  @Test
  void withNothingToCompareThereAreNoComparisonPages() {
    TestSite.Built b = TestSite.with("content/a.md", "# A\n\nJust prose, no subjects.\n\n| Command | Meaning |\n"
        + "|---|---|\n| ls | list |\n").buildIn(dir);
    assertThat(b.result().failed()).isFalse();
    assertThat(b.paths()).noneMatch(p -> p.startsWith("compare/"));
    assertThat(b.file("index.html")).doesNotContain("compare-home").doesNotContain("Comparison of all notes");
  }

  @Test
  void onDiskTheDataFilesAreStreamedInChunksAndEqualWhatAnInMemoryBuildMakes() throws Exception {
    // Enough statements for the JSON and CSV to pass their 64 KB chunk many times, with characters to escape.
    StringBuilder big = new StringBuilder("# Specs\n\n| Feature | Alpha | Beta |\n|---|---|---|\n");
    for (int i = 1; i <= 2_000; i++) {
      big.append(String.format("| Spec %04d | a \\\"%d\\\", ok | b’%d 🚀 |%n", i, i, i));
    }
    Path project = TestSite.with("content/specs.md", big.toString()).writeTo(dir);
    BuildResult inMemory = new SiteBuilder().build(BuildOptions.of(project));
    assertThat(inMemory.failed()).as(inMemory.diagnostics().toString()).isFalse();

    Path out = dir.resolve("site");
    try (versus.output.SiteWriter.Staging staging = new versus.output.SiteWriter().stage(out, project, false)) {
      BuildResult onDisk = new SiteBuilder().build(BuildOptions.of(project), Progress.NONE, staging);
      assertThat(onDisk.failed()).isFalse();
      staging.commit();
    }
    for (String data : List.of("compare/comparison.json", "compare/comparison.csv")) {
      byte[] expected = inMemory.files().stream().filter(f -> f.path().equals(data)).findFirst().orElseThrow().bytes();
      assertThat(expected.length).as(data).isGreaterThan(4 * 64 * 1024);
      assertThat(java.nio.file.Files.readAllBytes(out.resolve(data))).as(data).isEqualTo(expected);
    }
    // Whole, not merely equal: every cell in the JSON, every row in the CSV, in order.
    JsonObject json = JsonParser.parseString(java.nio.file.Files.readString(out.resolve("compare/comparison.json")))
        .getAsJsonObject();
    assertThat(json.getAsJsonArray("cells")).hasSize(4_000);
    assertThat(json.getAsJsonArray("cells").get(3_999).getAsJsonObject().getAsJsonArray("statements").get(0)
        .getAsJsonObject().get("text").getAsString()).isEqualTo("b’2000 🚀");
    List<String> rows = java.nio.file.Files.readString(out.resolve("compare/comparison.csv")).lines().toList();
    assertThat(rows).hasSize(4_001);
    for (int i = 1; i <= 2_000; i++) {
      assertThat(rows.get(2 * i - 1)).startsWith(String.format("spec-%04d,Spec %04d,alpha,Alpha,", i, i));
      assertThat(rows.get(2 * i)).isEqualTo(String.format(
          "spec-%04d,Spec %04d,beta,Beta,b’%d 🚀,table,false,content/specs.md,%d,specs/#specs", i, i, i, i + 4));
    }
  }
}
