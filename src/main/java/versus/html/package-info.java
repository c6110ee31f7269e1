/**
 * The HTML stage: {@link versus.html.HtmlProcessor} sanitizes a note body with a jsoup Safelist, tidies figures,
 * images and tables, rewrites links with {@link versus.html.PageLinks}, and inserts trusted fragments.
 */
package versus.html;
