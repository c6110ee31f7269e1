package versus.compare;

import java.util.List;
import java.util.Objects;

/**
 * Two subjects that a note compares side by side (in one table or one section), with the features both have
 * statements for.
 *
 * @param a the first subject's id, in subject order
 * @param b the second subject's id
 * @param features ids of the features both have statements for, in matrix order
 */
public record SubjectPair(String a, String b, List<String> features) {

  public SubjectPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    features = List.copyOf(features);
  }

  /** The page's slug below {@code compare/}: {@code ecs-vs-eks}. */
  public String slug() {
    return a + "-vs-" + b;
  }
}
