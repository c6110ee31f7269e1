package versus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import versus.markdown.Heading;
import versus.note.FrontMatter;

/**
 * One note's page, ready for a theme.
 *
 * @param slug its URL segment(s), e.g. {@code ecs} (the page is {@code ecs/index.html})
 * @param sourcePath the note file ({@code content/ecs.md})
 * @param title the page title
 * @param titleId the id the title heading has, for links to the top
 * @param description a sentence or so of plain text
 * @param body sanitized HTML of the note body, links already relative to this page
 * @param headings the note's headings, for the outline
 * @param readingMinutes estimated reading time
 * @param front the note's front matter (order, tags, extra keys)
 * @param updated when the note last changed according to git, if known
 * @param documentation a page of the theme's documentation rather than a note of the site
 */
public record Page(
    String slug,
    String sourcePath,
    String title,
    String titleId,
    String description,
    String body,
    List<Heading> headings,
    int readingMinutes,
    FrontMatter front,
    Optional<LocalDate> updated,
    boolean documentation) {

  public Page {
    Objects.requireNonNull(slug);
    Objects.requireNonNull(sourcePath);
    Objects.requireNonNull(title);
    Objects.requireNonNull(titleId);
    Objects.requireNonNull(description);
    Objects.requireNonNull(body);
    headings = List.copyOf(headings);
    Objects.requireNonNull(front);
    Objects.requireNonNull(updated);
  }

  /** The page's file in the site. */
  public String outputPath() {
    return slug + "/index.html";
  }

  /** The page's URL relative to the site root, a folder URL ({@code ecs/}). */
  public String url() {
    return slug + "/";
  }
}
