package versus.markdown;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import versus.note.Note;

/**
 * A note turned into HTML, with what the later stages need to know about it without parsing HTML again.
 *
 * @param note the note it came from
 * @param title front matter title, else the first level-1 heading, else the file name
 * @param titleId the id of the heading that gave the title, or the slug of the title
 * @param description front matter description, else the first paragraph as plain text, about 160 characters
 * @param html the body, not yet sanitized; trusted fragments are left as placeholders (see {@link #fragments})
 * @param fragments trusted HTML by placeholder key, made by {@link CodeBlockRenderer}s, to insert after sanitizing
 * @param headings every heading of the body in order (the title heading excluded when it was taken out)
 * @param tables every GFM table, as data
 * @param sections the body as headings with the plain-text blocks under each, for reading what the note says
 * @param links every Markdown link and image of the body, with its position
 * @param facts what the note says about itself as written, for lint rules
 * @param words number of words, for reading time
 */
public record RenderedNote(
    Note note,
    String title,
    String titleId,
    String description,
    String html,
    Map<String, String> fragments,
    List<Heading> headings,
    List<NoteTable> tables,
    List<NoteSection> sections,
    List<LinkRef> links,
    NoteFacts facts,
    int words) {

  /** Attribute that marks where a trusted fragment goes: {@code <div data-versus-fragment="KEY"></div>}. */
  public static final String FRAGMENT_ATTR = "data-versus-fragment";

  public RenderedNote {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(titleId, "titleId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(html, "html");
    fragments = Map.copyOf(fragments);
    headings = List.copyOf(headings);
    tables = List.copyOf(tables);
    sections = List.copyOf(sections);
    links = List.copyOf(links);
    Objects.requireNonNull(facts, "facts");
  }

  /**
   * This note without what only the HTML stage reads: the unsanitized HTML, its fragments and the Markdown source.
   * The comparison, the link check and the search read the rest after every note is rendered; at 10,000 notes the
   * dropped strings were over a third of the heap.
   */
  public RenderedNote withoutSource() {
    Note bare = new Note(note.sourcePath(), note.slug(), note.front(), "", note.bodyLine());
    return new RenderedNote(
        bare, title, titleId, description, "", Map.of(), headings, tables, sections, links, facts, words);
  }

  /** Reading time in whole minutes at 220 words a minute, at least 1. */
  public int readingMinutes() {
    return Math.max(1, (int) Math.round(words / 220.0));
  }
}
