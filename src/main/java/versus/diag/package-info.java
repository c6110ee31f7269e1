/**
 * Positions and diagnostics shared by every stage: {@link versus.diag.SourcePos} ({@code file:line:col}),
 * {@link versus.diag.Diagnostic}, the thread-safe {@link versus.diag.Diagnostics} collector and
 * {@link versus.diag.LineIndex} for offset-to-position lookups. Depends on nothing else in Versus.
 */
package versus.diag;
