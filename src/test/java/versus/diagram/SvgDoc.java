package versus.diagram;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** An SVG string parsed with the JDK's XML parser, which fails on anything that is not well-formed. */
final class SvgDoc {

  final Document doc;
  final Element root;

  private SvgDoc(Document doc) {
    this.doc = doc;
    this.root = doc.getDocumentElement();
  }

  static SvgDoc parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new SvgDoc(f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  List<Element> elements(String name) {
    NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** Text content of every {@code <text>}, in document order. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Element e : elements("text")) {
      out.add(e.getTextContent());
    }
    return out;
  }

  /** Elements drawn as recognised boxes: class {@code vd-box} (the inner stroke of a double box is not counted). */
  long boxes() {
    long n = 0;
    for (String tag : List.of("rect", "path")) {
      for (Element e : elements(tag)) {
        if ((" " + e.getAttribute("class") + " ").contains(" vd-box ")) {
          n++;
        }
      }
    }
    return n;
  }

  long arrows() {
    return elements("polygon").stream().filter(e -> e.getAttribute("class").equals("vd-arrow")).count();
  }
}
