package versus.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become links), asked only
 * about text that could hold one. The extension unescapes every text node and runs a regular expression over it;
 * async-profiler put that at about 4 % of a 1,000-note build's CPU, nearly all of it on prose without a link.
 *
 * <p>A link needs {@code ://} (a URL, or the extension's bare scheme), {@code @} (an e-mail address) or {@code www.}
 * in the text as the extension reads it: unescaped. Without a backslash or {@code &} that text is the node's own
 * characters, so the test below is exact; with one, the node goes to the extension. {@code AutolinksTest} holds the
 * output equal to the extension's on every kind of text.
 */
final class Autolinks implements Parser.ParserExtension {

  static Autolinks extension() {
    return new Autolinks();
  }

  private Autolinks() {}

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Whether flexmark's extension could find a link in {@code text} (false only when it certainly cannot). */
  static boolean mayHoldLink(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '@', '\\', '&':
          return true;
        case ':':
          if (i + 2 < length && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
            return true;
          }
          break;
        case '.':
          if (i >= 3 && isW(text.charAt(i - 1)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 3))) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          BasedSequence chars = node.getChars();
          // The extension joins a text node with typographic nodes after it; those go to it whole.
          if (mayHoldLink(chars) || node.getNext() instanceof TypographicText) {
            links.process(state, node);
          }
        }
      };
    }
  }
}
