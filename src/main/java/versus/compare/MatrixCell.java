package versus.compare;

import java.util.List;
import java.util.Objects;

/**
 * What all the notes say about one subject under one feature.
 *
 * @param feature the feature's id
 * @param subject the subject's id
 * @param statements direct answers first (table cells, labelled points), then section prose; by note and line
 * @param differs two notes give answers here and no answer of one is a near-duplicate of an answer of the other (see
 *     {@link Disagreement})
 * @param differingNotes the notes (paths) whose answers differ, sorted; empty when {@code differs} is false
 */
public record MatrixCell(
    String feature, String subject, List<Statement> statements, boolean differs, List<String> differingNotes) {

  public MatrixCell {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(subject, "subject");
    statements = List.copyOf(statements);
    differingNotes = List.copyOf(differingNotes);
  }
}
