package versus.markdown;

import java.util.List;
import versus.diag.SourcePos;

/**
 * What a note's Markdown says about itself, with positions, for the lint rules of {@code versus check}: headings as
 * written (before the page's outline is normalised), images with their text alternatives, raw HTML, and paragraphs.
 * Collected in the same walk that renders the note, so checking never parses a note twice.
 *
 * @param headings every heading as written
 * @param images every image, Markdown or raw HTML
 * @param html every raw HTML block and inline tag
 * @param paragraphs every paragraph outside lists and quotes, as plain text
 */
public record NoteFacts(
    List<HeadingFact> headings, List<ImageFact> images, List<HtmlFact> html, List<ParagraphFact> paragraphs) {

  public NoteFacts {
    headings = List.copyOf(headings);
    images = List.copyOf(images);
    html = List.copyOf(html);
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * A heading as written.
   *
   * @param level the number of {@code #} (1–6), before the outline is normalised
   * @param text plain text
   * @param pos where it starts
   * @param wrappedInEmphasis the whole heading is one bold or italic span ({@code ### **What is ECS?**})
   */
  public record HeadingFact(int level, String text, SourcePos pos, boolean wrappedInEmphasis) {}

  /** An image: its address, its text alternative (empty when none) and where it is. */
  public record ImageFact(String url, String alt, SourcePos pos, boolean html) {}

  /** Raw HTML as written, where it starts, and whether it is a block (not inline in a paragraph). */
  public record HtmlFact(String html, SourcePos pos, boolean block) {}

  /** A paragraph's plain text and where it starts; {@code last} for the note's final block. */
  public record ParagraphFact(String text, SourcePos pos, boolean last) {}
}
