package versus.note;

import java.text.Normalizer;
import java.util.Locale;

/** URL segments for notes: lower-case letters and digits joined by single hyphens, safe in any file system. */
public final class Slugs {

  private Slugs() {}

  /**
   * The slug of a file stem or a front-matter {@code slug}: letters (any script) and digits kept and lower-cased,
   * accents removed from Latin letters, everything else (spaces, dots, {@code ..}, slashes) turned into one hyphen.
   * Returns {@code note} when nothing is left.
   */
  public static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingDash = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      } else {
        pendingDash = true;
      }
    }
    return out.length() == 0 ? "note" : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** The slug of a path below content/: each folder and the file stem slugged, joined by {@code /}. */
  public static String ofContentPath(String contentPath) {
    String[] parts = contentPath.split("/");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1) {
        int dot = part.lastIndexOf('.');
        part = dot > 0 ? part.substring(0, dot) : part;
      }
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(of(part));
    }
    return out.toString();
  }
}
