package versus.compare;

import java.util.Objects;

/**
 * One thing a note says about one subject under one feature, as extracted, before facts are merged into the matrix.
 *
 * @param subject the subject's id
 * @param feature the feature name as the note wrote it ({@code Multi-Cloud}), cleaned of markup and numbering
 * @param text the statement, plain text
 * @param kind how it was written, which decides whether it counts as a direct answer
 * @param source where it was written
 */
public record Fact(String subject, String feature, String text, Kind kind, Source source) {

  /** How a statement was written. */
  public enum Kind {
    /** A cell of a comparison table. */
    TABLE,
    /** A labelled point: {@code **Use cases**: …} under a subject, or {@code **ECS**: …} under a feature. */
    ITEM,
    /** Prose or a point in a section about the subject and feature ({@code ### ECS Auto Scaling}). */
    SECTION;

    /** Table cells and labelled points answer "what about this feature"; section prose gives context. */
    public boolean answer() {
      return this != SECTION;
    }

    /** The name used in the JSON and CSV files. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Fact {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }
}
