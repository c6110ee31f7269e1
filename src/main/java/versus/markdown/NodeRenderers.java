package versus.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Map;
import java.util.Set;

/**
 * Our rendering of headings (GitHub ids plus a permalink) and of code blocks claimed by a {@link CodeBlockRenderer}
 * (a placeholder for the trusted fragment). Per-document data travels in the flexmark {@code Document}, so this
 * renderer itself has no state and is shared by all renders.
 */
final class NodeRenderers implements NodeRenderer {

  static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("VERSUS_HEADING_IDS", Map.of());
  static final DataKey<Map<Node, Integer>> HEADING_LEVELS = new DataKey<>("VERSUS_HEADING_LEVELS", Map.of());
  static final DataKey<Map<Node, Integer>> TABLE_INDEX = new DataKey<>("VERSUS_TABLE_INDEX", Map.of());
  static final DataKey<Map<Node, String>> FRAGMENT_KEYS = new DataKey<>("VERSUS_FRAGMENT_KEYS", Map.of());

  static HtmlRenderer.HtmlRendererExtension extension() {
    return new HtmlRenderer.HtmlRendererExtension() {
      @Override
      public void rendererOptions(MutableDataHolder options) {}

      @Override
      public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new NodeRenderers());
      }
    };
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(Heading.class, this::heading),
        new NodeRenderingHandler<>(FencedCodeBlock.class, this::codeBlock),
        new NodeRenderingHandler<>(IndentedCodeBlock.class, this::codeBlock),
        new NodeRenderingHandler<>(com.vladsch.flexmark.ext.tables.TableBlock.class, this::table));
  }

  private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
    String id = HEADING_IDS.get(context.getDocument()).get(node);
    Integer level = HEADING_LEVELS.get(context.getDocument()).get(node);
    String tag = "h" + (level != null ? level : node.getLevel());
    if (id == null) {
      html.line().tag(tag);
      context.renderChildren(node);
      html.tag("/" + tag).line();
      return;
    }
    // The permalink sits beside the heading, not inside it, so the heading's accessible name stays its own text.
    html.line().raw("<div class=\"heading\">");
    html.attr("id", id).withAttr().tag(tag);
    context.renderChildren(node);
    html.tag("/" + tag);
    String label = "Link to section: " + MarkdownRenderer.plainText(node).strip();
    html.raw("<a class=\"heading-anchor\" href=\"#" + escapeAttr(id) + "\" aria-label=\"" + escapeAttr(label) + "\">")
        .raw("#</a></div>")
        .line();
  }

  /** The table as flexmark renders it, followed by a link to the same table drawn as SVG (written by the build). */
  private void table(com.vladsch.flexmark.ext.tables.TableBlock node, NodeRendererContext context, HtmlWriter html) {
    context.delegateRender();
    Integer index = TABLE_INDEX.get(context.getDocument()).get(node);
    if (index != null) {
      html.line()
          .raw("<p class=\"table-tools\"><a class=\"table-svg\" href=\"table-" + index + ".svg\" aria-label=\"Table "
              + index + " as an SVG image\">SVG</a></p>")
          .line();
    }
  }

  private void codeBlock(Node node, NodeRendererContext context, HtmlWriter html) {
    String key = FRAGMENT_KEYS.get(context.getDocument()).get(node);
    if (key == null) {
      context.delegateRender();
      return;
    }
    html.line().raw("<div " + RenderedNote.FRAGMENT_ATTR + "=\"" + key + "\"></div>").line();
  }

  static String escapeAttr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
