package versus.compare;

import java.util.List;

/**
 * What {@code versus.yml} says about the comparison.
 *
 * @param subjects the declared subjects, in the order pages show them
 * @param featureAliases groups of feature names that mean the same thing, the first of each being the name shown;
 *     they extend the built-in groups ({@link FeatureNames#DEFAULT_GROUPS})
 */
public record CompareConfig(List<Subject> subjects, List<List<String>> featureAliases) {

  /** No declared subjects, only the built-in feature aliases: subjects are then found in the notes' tables. */
  public static final CompareConfig NONE = new CompareConfig(List.of(), List.of());

  public CompareConfig {
    subjects = List.copyOf(subjects);
    featureAliases = featureAliases.stream().map(List::copyOf).toList();
  }
}
