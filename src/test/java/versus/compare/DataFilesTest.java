package versus.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import versus.table.TableModel;

/** comparison.json, comparison.csv and the matrix as a table model. */
class DataFilesTest {

  private static Comparison sample() {
    Source s1 = new Source("content/b.md", "b", "B \"notes\"", "scaling", "Scaling", 7);
    Source s2 = new Source("content/a.md", "a", "A", "", "A", 3);
    return new Comparison(
        List.of(new NoteRef("content/b.md", "b", "B \"notes\""), new NoteRef("content/a.md", "a", "A")),
        List.of(new Subject("pg", "PostgreSQL", List.of("Postgres"), true), new Subject("my", "MySQL", List.of(), false)),
        List.of(new Feature("scaling", "Scaling", List.of("Scalability", "Scaling"), 9)),
        List.of(
            new MatrixCell("scaling", "pg", List.of(new Statement("Reads scale, \"writes\" don't,\nreally", Fact.Kind.TABLE,
                List.of(s2, s1))), false, List.of()),
            new MatrixCell("scaling", "my", List.of(new Statement("Replicas", Fact.Kind.ITEM, List.of(s1))), true,
                List.of("content/a.md", "content/b.md"))),
        List.of(new SubjectPair("pg", "my", List.of("scaling"))));
  }

  @Test
  void jsonHasAVersionFixedKeyOrderSortedListsAndEscapes() {
    String json = ComparisonJson.write(sample());
    JsonObject o = JsonParser.parseString(json).getAsJsonObject();
    assertThat(o.keySet()).containsExactly("version", "notes", "subjects", "features", "cells", "pairs");
    assertThat(o.get("version").getAsInt()).isEqualTo(ComparisonJson.VERSION);
    assertThat(o.getAsJsonArray("notes").get(0).getAsJsonObject().get("path").getAsString()).isEqualTo("content/a.md");
    assertThat(o.getAsJsonArray("subjects").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo("my");
    JsonObject cell = o.getAsJsonArray("cells").get(1).getAsJsonObject();
    assertThat(cell.keySet()).containsExactly("feature", "subject", "differs", "differing_notes", "statements");
    JsonObject statement = cell.getAsJsonArray("statements").get(0).getAsJsonObject();
    assertThat(statement.get("text").getAsString()).isEqualTo("Reads scale, \"writes\" don't,\nreally");
    assertThat(statement.getAsJsonArray("sources").get(1).getAsJsonObject().get("url").getAsString())
        .isEqualTo("b/#scaling");
    assertThat(json).endsWith("}\n").doesNotContain("\r");
    assertThat(ComparisonJson.write(sample())).isEqualTo(json);
  }

  @Test
  void csvFollowsRfc4180() {
    String csv = ComparisonCsv.write(sample());
    assertThat(csv.split("\r\n", -1))
        .containsExactly(
            "feature,feature_label,subject,subject_name,statement,kind,differs,note,line,url",
            "scaling,Scaling,my,MySQL,Replicas,item,true,content/b.md,7,b/#scaling",
            "scaling,Scaling,pg,PostgreSQL,\"Reads scale, \"\"writes\"\" don't,\nreally\",table,false,content/a.md,3,a/",
            "scaling,Scaling,pg,PostgreSQL,\"Reads scale, \"\"writes\"\" don't,\nreally\",table,false,content/b.md,7,b/#scaling",
            "");
  }

  @Test
  void theMatrixTableHasAColumnPerSubjectAndMarksDifferences() {
    TableModel t = MatrixTable.of(sample());
    assertThat(t.header()).extracting(versus.table.Cell::plainText).containsExactly("Feature", "PostgreSQL", "MySQL");
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0).get(2).plainText()).isEqualTo("≠ notes differ. Replicas");
  }
}
