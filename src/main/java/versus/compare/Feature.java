package versus.compare;

import java.util.List;
import java.util.Objects;

/**
 * A row of the matrix: one aspect the notes compare, under every name they use for it.
 *
 * @param id URL-safe identifier ({@code ease-of-use})
 * @param label the name shown ({@code Ease of use})
 * @param names every name the notes wrote for it, sorted ({@code Complexity}, {@code Ease of Use})
 * @param rank position among the well-known sections of a subject page (definition first); {@code Integer.MAX_VALUE}
 *     for features that are not in an alias group
 */
public record Feature(String id, String label, List<String> names, int rank) {

  public Feature {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    names = List.copyOf(names);
  }
}
