package versus.compare;

import java.util.ArrayList;
import java.util.List;
import versus.markdown.SectionBlock;
import versus.markdown.SectionBlock.Kind;

/**
 * The points of a scope: each top-level paragraph or list item with the deeper items under it. Code blocks and tables
 * end a point and are not points themselves.
 *
 * @param head the paragraph or item
 * @param children the items nested under it, in order
 */
record Point(SectionBlock head, List<SectionBlock> children) {

  static List<Point> of(List<SectionBlock> blocks) {
    List<Point> out = new ArrayList<>();
    SectionBlock head = null;
    List<SectionBlock> children = new ArrayList<>();
    int headDepth = 0;
    for (SectionBlock b : blocks) {
      boolean text = b.kind() == Kind.PARAGRAPH || b.kind() == Kind.ITEM;
      if (head != null && text && b.depth() > headDepth) {
        children.add(b);
        continue;
      }
      if (head != null) {
        out.add(new Point(head, children));
        head = null;
        children = new ArrayList<>();
      }
      if (text) {
        head = b;
        headDepth = b.depth();
      }
    }
    if (head != null) {
      out.add(new Point(head, children));
    }
    return out;
  }

  /** The children's texts joined: "Fargate (serverless); EC2". */
  String childText() {
    List<String> parts = new ArrayList<>();
    for (SectionBlock c : children) {
      if (!c.text().isEmpty()) {
        parts.add(c.text());
      }
    }
    return String.join("; ", parts);
  }

  /** {@code text} followed by the children: "Launch types: Fargate (serverless); EC2". */
  String with(String text) {
    String kids = childText();
    if (kids.isEmpty()) {
      return text;
    }
    if (text.isEmpty()) {
      return kids;
    }
    return text + (text.endsWith(":") ? " " : ": ") + kids;
  }
}
