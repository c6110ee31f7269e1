package versus.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed drawing from note 000, an AI-drawn AWS diagram: eleven boxes, six of them ragged (emoji widths and stray
 * off-by-one borders), one connector a column off. Expected values were worked out by hand from the text.
 */
class SeedDiagramTest {

  private static final String SEED = Gallery.read(Gallery.DIR.resolve("seed-000.txt"));
  private static final List<String> LABELS = List.of("Source Code", "(GitHub / ECR / S3)", "Amazon ECS 🐳",
      "(Docker Containers)", "Amazon EKS ☸️", "(Kubernetes)", "App Runner 🚀", "(Web Apps)", "Load Balancer",
      "Service Mesh", "Built-in LB", "Auto Scaling ⚖️", "End Users (Clients) 🌎");

  private final Diagram diagram = new DiagramRenderer().render(SEED, "Architecture Diagram", "seed");
  private final SvgDoc doc = SvgDoc.parse(diagram.svg());

  @Test
  void allElevenBoxesClose() {
    assertThat(diagram.boxes()).isEqualTo(11);
    assertThat(doc.boxes()).isEqualTo(11);
    assertThat(diagram.issues()).extracting(DiagramIssue::kind).doesNotContain(DiagramIssue.UNCLOSED_BOX);
  }

  @Test
  void allThirteenLabelsStayWholeText() {
    assertThat(LABELS).hasSize(13);
    assertThat(doc.texts()).containsAll(LABELS);
    assertThat(doc.texts()).filteredOn(t -> t.startsWith("Auto Scaling")).hasSize(3);
    assertThat(doc.texts()).hasSize(15);
    GalleryTest.assertNoBoxDrawingText(doc);
  }

  @Test
  void everyArrowIsAttached() {
    assertThat(doc.arrows()).isEqualTo(12);
    assertThat(diagram.issues()).extracting(DiagramIssue::kind).doesNotContain(DiagramIssue.DANGLING_ARROW);
  }

  @Test
  void reportsEverySnapWithLineAndColumn() {
    assertThat(diagram.issues()).extracting(DiagramIssue::toString).containsExactly(
        "9:53: ragged-border: right border is 1 column left of the box edge; drawn straight",
        "9:55: ragged-border: left border is 1 column left of the box edge; drawn straight",
        "9:70: ragged-border: right border is 1 column left of the box edge; drawn straight",
        "11:56: ragged-border: right border is 1 column right of the box edge; drawn straight",
        "11:58: ragged-border: left border is 1 column right of the box edge; drawn straight",
        "14:56: ragged-border: right border is 1 column right of the box edge; drawn straight",
        "14:58: ragged-border: left border is 1 column right of the box edge; drawn straight",
        "14:74: ragged-border: right border is 1 column right of the box edge; drawn straight",
        "18:56: ragged-border: right border is 1 column left of the box edge; drawn straight",
        "18:58: ragged-border: left border is 1 column left of the box edge; drawn straight",
        "19:64: connector-snapped: connector is 1 column off the line it meets; moved onto it");
    assertThat(new DiagramRenderer().check(SEED)).isEqualTo(diagram.issues());
  }

  @Test
  void matchesGoldenSvg() {
    assertThat(diagram.svg()).isEqualTo(Gallery.golden(Gallery.DIR.resolve("seed-000.svg"), diagram.svg()));
  }

  @Test
  void rendersInUnderFiveMillisecondsWarm() {
    DiagramRenderer renderer = new DiagramRenderer();
    for (int i = 0; i < 300; i++) {
      renderer.render(SEED, "t", "p");
    }
    double best = Double.MAX_VALUE;
    for (int batch = 0; batch < 5; batch++) {
      long start = System.nanoTime();
      for (int i = 0; i < 50; i++) {
        renderer.render(SEED, "t", "p");
      }
      best = Math.min(best, (System.nanoTime() - start) / 50 / 1e6);
    }
    assertThat(best).as("ms per render, best batch").isLessThan(5.0);
  }
}
