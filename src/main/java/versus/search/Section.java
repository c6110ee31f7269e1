package versus.search;

import java.util.List;
import java.util.Objects;

/**
 * One heading section of a page: what a search result points at.
 *
 * @param anchor the id of the section's heading, the {@code #fragment} of its link (the page title's id for the text
 *     before the first heading)
 * @param trail the headings above and including this one, outermost first; empty for the text before the first heading
 * @param text the section's plain text (paragraphs, list items, table cells, code, diagram labels), without headings
 */
record Section(String anchor, List<String> trail, String text) {

  Section {
    Objects.requireNonNull(anchor);
    trail = List.copyOf(trail);
    Objects.requireNonNull(text);
  }

  /** The section's own heading, or empty for the text before the first heading. */
  String heading() {
    return trail.isEmpty() ? "" : trail.get(trail.size() - 1);
  }
}
