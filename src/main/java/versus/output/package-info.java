/**
 * Output: {@link versus.output.OutputFile} is one generated file; {@link versus.output.SiteWriter} is the only code
 * that touches {@code site/}, and swaps a complete new site in atomically.
 */
package versus.output;
