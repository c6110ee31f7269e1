package versus.note;

import java.util.Objects;

/**
 * A note split into front matter and Markdown body, with the text already decoded and repaired.
 *
 * @param sourcePath path as diagnostics print it ({@code content/ecs.md})
 * @param slug the URL segment(s) of its page ({@code ecs} or {@code dir/ecs}), unique in a site
 * @param front the parsed front matter ({@link FrontMatter#NONE} when there is none)
 * @param body the Markdown after the front matter
 * @param bodyLine 1-based line of the file on which {@code body} starts, to turn body positions into file positions
 */
public record Note(String sourcePath, String slug, FrontMatter front, String body, int bodyLine) {

  public Note {
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(front, "front");
    Objects.requireNonNull(body, "body");
    if (bodyLine < 1) {
      throw new IllegalArgumentException("bodyLine must be >= 1");
    }
  }

  /** The file name without folders and extension, the title of last resort. */
  public String fileStem() {
    String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
