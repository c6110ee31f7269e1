package versus.compare;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something the notes compare: a service, a database, a laptop.
 *
 * @param id URL-safe identifier ({@code ecs}, {@code app-runner}): lower-case letters, digits and single hyphens
 * @param name how pages show it ({@code ECS})
 * @param aliases other names the notes use for it ({@code Amazon ECS}, {@code Elastic Container Service})
 * @param declared true when {@code versus.yml} declares it, false when it was found in a table
 */
public record Subject(String id, String name, List<String> aliases, boolean declared) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Subject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (!validId(id)) {
      throw new IllegalArgumentException("subject id must be lower-case letters, digits and hyphens: " + id);
    }
    aliases = List.copyOf(aliases);
  }

  /** Lower-case ASCII letters and digits in groups joined by single hyphens ({@code app-runner}). */
  public static boolean validId(String id) {
    return ID.matcher(id).matches();
  }

  /** The id a name gives when none is declared: {@code App Runner} → {@code app-runner}; empty without ASCII letters. */
  public static String idFor(String name) {
    return Words.slug(name);
  }

  /** The form in which names are compared: case, accents, punctuation and emoji ignored ({@code amazon ecs}). */
  public static String nameKey(String name) {
    return Words.key(name);
  }

  /** The name, then the id, then the aliases: every way the notes may write it. */
  public List<String> names() {
    List<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.add(id);
    all.addAll(aliases);
    return all;
  }
}
