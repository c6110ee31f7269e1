package versus.diagram;

/**
 * A closed box found in the grid, with its edges snapped to single columns, and where its side bars were actually
 * written on each inner row (hand- and AI-drawn boxes are often a column off on rows holding emoji).
 *
 * @param top row of the top edge
 * @param left column the left edge is drawn at
 * @param bottom row of the bottom edge
 * @param right column the right edge is drawn at
 * @param style stroke style of the top edge ({@link Glyphs} constants)
 * @param rounded true when the top-left corner is an arc (╭ or ASCII {@code .})
 * @param writtenLeft for each inner row {@code top + 1 + k}, the column its left bar was written at
 * @param writtenRight for each inner row, the column its right bar was written at
 */
record Box(int top, int left, int bottom, int right, int style, boolean rounded, int[] writtenLeft,
    int[] writtenRight) {

  /** Inner rows, between the top and bottom edges. */
  int innerRows() {
    return bottom - top - 1;
  }
}
