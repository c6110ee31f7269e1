package versus.compare;

import java.util.Objects;

/**
 * A note the comparison read.
 *
 * @param path the note file ({@code content/ecs-eks-basics.md})
 * @param slug its page's slug
 * @param title its title
 */
public record NoteRef(String path, String slug, String title) {

  public NoteRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
  }
}
