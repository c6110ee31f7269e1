/**
 * Reading the input: {@link versus.source.ContentScanner} walks {@code content/} and returns sorted
 * {@link versus.source.SourceFile}s (bytes, not text: decoding is the repair stage's job).
 */
package versus.source;
