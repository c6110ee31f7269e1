package versus.markdown;

import java.util.List;
import java.util.Objects;

/**
 * A heading of a note and the blocks under it up to the next heading, as plain text: the note's structure for stages
 * that read what a note says rather than how it looks (the comparison). The first section holds what comes before the
 * first body heading and stands for the page title.
 *
 * @param level the heading's level as written (1–6); 0 for the part before the first heading
 * @param title the heading's plain text (the page title for level 0)
 * @param id the heading's id on the page (the title's id, possibly empty, for level 0)
 * @param line the heading's line in the note file (the body's first line for level 0)
 * @param blocks paragraphs, list items, code blocks and tables in document order
 */
public record NoteSection(int level, String title, String id, int line, List<SectionBlock> blocks) {

  public NoteSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(id, "id");
    blocks = List.copyOf(blocks);
  }
}
