/**
 * Markdown to HTML: {@link versus.markdown.MarkdownRenderer} turns a {@link versus.note.Note} into a
 * {@link versus.markdown.RenderedNote} (HTML plus title, description, headings, tables as data and the body's
 * structure as {@link versus.markdown.NoteSection}s). Diagram and other block renderers
 * plug in through {@link versus.markdown.CodeBlockRenderer}; this package knows nothing of them.
 */
package versus.markdown;
