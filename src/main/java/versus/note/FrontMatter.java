package versus.note;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The optional YAML block at the top of a note. Every field may be absent; notes pasted from elsewhere have none.
 *
 * @param title shown instead of the first heading
 * @param description used in listings and meta tags instead of the first paragraph
 * @param order sort key among notes (lower first); notes without one come after, by title
 * @param tags free-form labels
 * @param draft drafts are left out of the site
 * @param slug overrides the URL segment derived from the file name
 * @param extra every other key, sorted by name, for themes
 */
public record FrontMatter(
    Optional<String> title,
    Optional<String> description,
    OptionalInt order,
    List<String> tags,
    boolean draft,
    Optional<String> slug,
    Map<String, Object> extra) {

  public static final FrontMatter NONE =
      new FrontMatter(
          Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of(), false, Optional.empty(), Map.of());

  public FrontMatter {
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    Objects.requireNonNull(order);
    tags = List.copyOf(tags);
    Objects.requireNonNull(slug);
    extra = Map.copyOf(extra);
  }
}
