package versus.compare;

import java.util.Objects;

/**
 * Where a statement was written: the note, the heading it is under, and the line.
 *
 * @param note the note file ({@code content/ecs-eks-basics.md})
 * @param slug the note page's slug ({@code ecs-eks-basics})
 * @param title the note's title
 * @param anchor the id of the heading it is under on the note page; empty for the top of the page
 * @param heading that heading's text (or the note title)
 * @param line the line in the note file
 */
public record Source(String note, String slug, String title, String anchor, String heading, int line)
    implements Comparable<Source> {

  public Source {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(heading, "heading");
  }

  /** The note page and heading, relative to the site root ({@code ecs-eks-basics/#ecs-vs-eks}). */
  public String url() {
    return slug + "/" + (anchor.isEmpty() ? "" : "#" + anchor);
  }

  @Override
  public int compareTo(Source o) {
    int c = note.compareTo(o.note);
    return c != 0 ? c : Integer.compare(line, o.line);
  }
}
