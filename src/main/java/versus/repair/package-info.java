/**
 * Repairs mojibake and decodes file bytes; independent of Markdown and HTML (text in, text and a list of repairs out).
 *
 * <p>Public API, all immutable and thread-safe:
 *
 * <ul>
 *   <li>{@link versus.repair.MojibakeRepairer#repair(String)} returns a {@link versus.repair.RepairResult}: the text
 *       and one {@link versus.repair.Repair} per repaired stretch ({@code line:column} of the original text, before,
 *       after, the code page(s) undone, lost bytes restored, and the rivals when a lost byte had to be chosen).
 *       {@link versus.repair.RepairResult#summary(String)} and {@link versus.repair.Repair#format(String)} give the
 *       build's summary line and the {@code --verbose} site lines.
 *   <li>{@link versus.repair.TextDecoder#decode(byte[])} returns a {@link versus.repair.DecodedText}: UTF-8 with or
 *       without BOM, UTF-16 with BOM, single-byte files (windows-1252, Latin-1, Mac Roman, chosen by how natural the
 *       text looks, with a warning), binary files flagged; plus BOM and line-ending style for writing back.
 * </ul>
 *
 * <p>How repair works, in the package-private types: {@link versus.repair.Prefilter} lets clean text through at
 * once. Otherwise each line is read back into bytes of every {@link versus.repair.CodePage} (windows-1252/Latin-1,
 * 1254, 1251, 1250, ISO-8859-2, 1257, 1253, Mac Roman, code page 437) by {@link versus.repair.Scanner}, which finds
 * stretches that are UTF-8: complete, with a U+FFFD or '?' marking a lost byte, with a space standing for a lost
 * no-break space, or with the code page's undefined bytes dropped. {@link versus.repair.LineEvaluator} weighs them
 * with {@link versus.repair.Oddness} (what mojibake looks like next to clean text) and character frequencies of a
 * real corpus ({@link versus.repair.CharStats}); {@link versus.repair.Round} picks a code page per line, the note's
 * dominant one winning ties, and {@link versus.repair.LostBytes} restores dropped bytes from the text grid around
 * them (box-drawing geometry, emoji and variation-selector rules, emoji keywords and frequencies from
 * {@link versus.repair.EmojiTable}). Passes repeat until nothing changes (double and triple encoding), then stray C1
 * controls are read as windows-1252 ({@link versus.repair.C1Controls}); {@link versus.repair.SiteMap} keeps every
 * repair at its place in the original text. The data tables and their sources are described in
 * {@code src/main/resources/versus/repair/README.md}.
 *
 * <p>Depends on no other package of Versus: {@link versus.repair.Positions} gives lines and columns the way
 * {@code versus.diag.LineIndex} counts them.
 */
package versus.repair;
