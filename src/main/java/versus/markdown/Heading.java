package versus.markdown;

/** A heading of a note: its level (1–6), its plain text, and its GitHub-compatible id. */
public record Heading(int level, String text, String id) {}
