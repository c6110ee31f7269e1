package versus.lint;

import java.util.Arrays;
import java.util.Optional;
import versus.diag.Severity;

/**
 * The rules of {@code versus check}, each with a stable id (what {@code versus.yml}'s {@code lint:} settings and
 * {@code fix --rules} name), its default severity, and what it looks for. Some are reported by the stage that notices
 * them (heading-space by the Markdown stage, broken-link by the build, diagram ones by the diagram renderer); the rest
 * by {@link Linter}.
 */
public enum Rule {
  MOJIBAKE("mojibake", Severity.WARNING, "broken characters left after repair, or a repair that had to guess"),
  HEADING_SPACE("heading-space", Severity.WARNING, "'#Title' without the space that makes it a heading"),
  HEADING_SKIP("heading-skip", Severity.WARNING, "a heading more than one level below the one before it"),
  HEADING_EMPTY("heading-empty", Severity.WARNING, "a heading with no text"),
  HEADING_DUPLICATE("heading-duplicate", Severity.WARNING, "two headings with the same text in one note"),
  BOLD_HEADING("bold-heading", Severity.WARNING, "a heading wrapped in ** (headings are bold already)"),
  MISSING_ALT("missing-alt", Severity.WARNING, "an image without a text alternative"),
  EMPTY_FIGCAPTION("empty-figcaption", Severity.WARNING, "an empty <figcaption>"),
  BROKEN_LINK("broken-link", Severity.WARNING, "a link to a note, file or heading that does not exist"),
  HTTP_LINK("http-link", Severity.WARNING, "a link over plain http://"),
  REMOTE_IMAGE("remote-image", Severity.WARNING, "an image loaded from another site (missing when offline)"),
  CHAT_RESIDUE("chat-residue", Severity.WARNING, "a chat assistant's sign-off left in the note"),
  UNCLOSED_HTML("unclosed-html", Severity.WARNING, "an HTML tag opened and never closed"),
  DIAGRAM("diagram", Severity.WARNING, "a diagram the renderer had to straighten (ragged border, snapped connector)"),
  DIAGRAM_TAB("diagram-tab", Severity.WARNING, "a tab in a diagram (its width depends on the editor)");

  private final String id;
  private final Severity severity;
  private final String description;

  Rule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String description() {
    return description;
  }

  /**
   * The rule a diagnostic's rule id belongs to: its own, or for the diagram renderer's {@code diagram-*} kinds, the
   * {@code diagram} rule ({@code diagram-tab} has its own).
   */
  public static Optional<Rule> of(String id) {
    Optional<Rule> exact = Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return id.startsWith("diagram-") && !id.equals("diagram-too-large") ? Optional.of(DIAGRAM) : Optional.empty();
  }
}
