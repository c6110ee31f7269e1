/**
 * Notes: {@link versus.note.NoteParser} splits decoded text into {@link versus.note.FrontMatter} (safe YAML, see
 * {@link versus.note.SafeYaml}) and a Markdown body, and gives each note its {@link versus.note.Slugs slug}.
 */
package versus.note;
