package versus.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the closing lines chat assistants add to an answer ("Let me know if you want…", "Does this explanation
 * help clear things up?"): they are not part of the note. The description never uses them, and {@code check} reports
 * them.
 */
public final class ChatResidue {

  private static final Pattern RESIDUE =
      Pattern.compile(
          "^(?:"
              + "let me know (?:if|whether|what|how)"
              + "|(?:does|did) (?:this|that)(?: explanation)? (?:help|make sense|clear)"
              + "|(?:i )?hope (?:this|that|it) helps"
              + "|would you like (?:me to|a|an|more|to)"
              + "|do you want (?:me to|a|an|more)"
              + "|feel free to (?:ask|reach out|let me know)"
              + "|is there anything else"
              + "|if you (?:have any|need any) (?:more |other |further )?(?:questions|help)"
              + "|want me to "
              + "|shall i "
              + "|happy to help"
              + ")",
          Pattern.CASE_INSENSITIVE);

  private ChatResidue() {}

  /** True when {@code text} (a paragraph's plain text) reads like an assistant's sign-off. */
  public static boolean isResidue(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    while (!t.isEmpty() && !Character.isLetter(t.codePointAt(0))) {
      t = t.substring(Character.charCount(t.codePointAt(0))).strip();
    }
    return t.length() < 300 && RESIDUE.matcher(t).find();
  }
}
