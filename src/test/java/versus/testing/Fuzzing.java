package versus.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Helpers shared by the fuzz tests. */
public final class Fuzzing {

  private static final int MAX_SHOWN = 2000;

  private Fuzzing() {}

  /**
   * {@code text} as a Java string literal body — printable ASCII as it is, everything else as {@code \\uXXXX} — so a
   * failing input can be pasted into a unit test. Long inputs are cut (the fuzzer saves the whole input anyway).
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int end = Math.min(text.length(), MAX_SHOWN);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            sb.append(c);
          } else {
            sb.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    sb.append('"');
    return end < text.length() ? sb + " … (" + text.length() + " chars)" : sb.toString();
  }

  /**
   * What makes an SVG document unsafe to place in a page, read as XML: not well-formed, a script or foreignObject
   * element, an event-handler attribute, or a link with a script or data scheme. Empty when it is safe. (Text content is
   * only text, however much it looks like markup: a label may well read {@code onclick=}.)
   */
  public static List<String> svgProblems(String svg) {
    List<String> problems = new ArrayList<>();
    org.w3c.dom.Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      problems.add("not well-formed XML: " + e.getMessage());
      return problems;
    }
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element el = (Element) all.item(i);
      String name = el.getLocalName().toLowerCase(Locale.ROOT);
      if (name.equals("script") || name.equals("foreignobject")) {
        problems.add("element " + name);
      }
      NamedNodeMap attributes = el.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attr = (Attr) attributes.item(a);
        String attrName = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
        attrName = attrName.toLowerCase(Locale.ROOT);
        String value = attr.getValue().replaceAll("[\\u0000-\\u0020\\u007F]", "").toLowerCase(Locale.ROOT);
        if (attrName.startsWith("on")) {
          problems.add("handler " + name + "[" + attrName + "]");
        }
        if (attrName.equals("href")
            && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
          problems.add("script or data URL in " + name + "[" + attr.getName() + "]");
        }
      }
    }
    return problems;
  }
}
