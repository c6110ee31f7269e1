package versus.markdown;

import java.util.Objects;

/**
 * One block of a {@link NoteSection} as plain text. A paragraph is split at its hard line breaks, because notes pasted
 * from chat write one point per line ({@code ✅ **Managed** – …}) and each line is a statement of its own.
 *
 * @param kind what the block is
 * @param depth list nesting: 0 for a top-level paragraph or list item, 1 for an item of a list inside an item, …
 * @param text the plain text, whitespace collapsed; empty for code blocks and tables
 * @param lead the text of a bold span that starts the block (after nothing but symbols or numbering), else empty:
 *     the label of {@code **What it is**: …} or {@code 1. **ECS**: …}
 * @param line where the block starts in the note file
 */
public record SectionBlock(Kind kind, int depth, String text, String lead, int line) {

  /** The kinds of block a section holds. */
  public enum Kind {
    PARAGRAPH,
    ITEM,
    CODE,
    TABLE
  }

  public SectionBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lead, "lead");
  }
}
