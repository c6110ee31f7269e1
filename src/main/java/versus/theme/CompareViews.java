package versus.theme;

import java.util.List;

/**
 * What the comparison templates see ({@code compare}, {@code compare-subject}, {@code compare-pair}, and the home
 * page's comparison section). URLs are relative to the page being rendered. An absent text is the empty string, which
 * mustache treats as false.
 */
public final class CompareViews {

  private CompareViews() {}

  /**
   * A subject as a matrix column, a picker checkbox and a card on the home page.
   *
   * @param id its id, also in the classes {@code s-ID} (column cells) and {@code has-ID} (rows with a statement)
   * @param summary its shortest definition, for the home page's card
   * @param statements how many statements the notes make about it
   * @param notes in how many notes
   */
  public record SubjectView(
      String id, String name, String url, String aliases, String summary, int statements, int notes) {

    /** "12 statements from 3 notes", for cards. */
    public String counts() {
      return statements + (statements == 1 ? " statement" : " statements") + " from " + notes
          + (notes == 1 ? " note" : " notes");
    }
  }

  /**
   * A link from a statement to where it was written.
   *
   * @param label the note's number in the page's list of notes
   * @param name the note and heading, for screen readers
   * @param title the note, heading and line, shown on hover
   */
  public record SourceView(String url, String label, String name, String title) {}

  /** A statement with its sources. */
  public record StatementView(String text, List<SourceView> sources) {}

  /**
   * What the notes say about one subject under one feature.
   *
   * @param shown the direct answers (or, when there are none, the first statements)
   * @param more the rest: prose from sections about the subject, behind a disclosure
   * @param restUrl where the statements the cell leaves out are listed (the subject page); empty when none are
   * @param restCount how many statements the cell leaves out
   */
  public record CellView(
      String subjectId,
      String subjectName,
      boolean differs,
      List<StatementView> shown,
      List<StatementView> more,
      String restUrl,
      int restCount) {

    public boolean hasRest() {
      return restCount > 0;
    }

    public boolean hasMore() {
      return !more.isEmpty();
    }

    public boolean isEmpty() {
      return shown.isEmpty() && more.isEmpty();
    }

    public int moreCount() {
      return more.size();
    }
  }

  /**
   * A feature as a matrix row.
   *
   * @param aka the other names the notes use for it, comma-separated
   * @param rowClass {@code has-ID} for every subject with a statement, for the picker to hide empty rows
   */
  public record RowView(String id, String label, String aka, String rowClass, List<CellView> cells) {}

  /** A note in a page's numbered list of sources. */
  public record NoteView(int number, String title, String url) {}

  /** A link to a head-to-head page. */
  public record PairView(String title, String url, int shared) {}

  /** A section of a subject page: one feature and what the notes say about it. */
  public record SectionView(String id, String label, String aka, CellView cell) {}

  /**
   * One page of a subject page split in pages.
   *
   * @param label its number
   * @param range the features on it ({@code 101–200})
   * @param current it is the page shown
   */
  public record PageLink(String label, String url, String range, boolean current) {}

  /**
   * Everything a comparison page, or the home page's comparison section, shows.
   *
   * @param intro one sentence on what is compared
   * @param picker the matrix offers a subject picker (three or more subjects)
   * @param subjects the columns (all subjects on the matrix, two on a pair page, one on a subject page)
   * @param rows the matrix rows
   * @param notes the numbered notes that source links refer to
   * @param pairs head-to-head pages
   * @param matrixUrl the matrix page
   * @param selectionUrl the matrix with this page's subjects picked ({@code ../?s=ecs,eks})
   * @param subject on a subject page: that subject
   * @param sections on a subject page: its features
   * @param others on the matrix page: the subjects it has no column for (see {@link
   *     versus.compare.Comparison#MATRIX_COLUMNS})
   * @param pager on a subject page split in pages: a link to each page; empty otherwise
   */
  public record Compare(
      String intro,
      boolean picker,
      List<SubjectView> subjects,
      List<RowView> rows,
      List<NoteView> notes,
      List<PairView> pairs,
      String matrixUrl,
      String selectionUrl,
      SubjectView subject,
      List<SectionView> sections,
      List<SubjectView> others,
      List<PageLink> pager) {

    public boolean hasPager() {
      return !pager.isEmpty();
    }

    public boolean hasOthers() {
      return !others.isEmpty();
    }

    public boolean hasPairs() {
      return !pairs.isEmpty();
    }

    public boolean hasRows() {
      return !rows.isEmpty();
    }
  }
}
