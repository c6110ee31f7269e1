package versus.compare;

import java.util.List;
import java.util.Objects;

/**
 * A statement in a matrix cell: the same words written in several places are one statement with several sources.
 *
 * @param text the statement
 * @param kind how it was first written
 * @param sources where it was written, sorted by note and line
 */
public record Statement(String text, Fact.Kind kind, List<Source> sources) {

  public Statement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a statement has at least one source");
    }
  }
}
