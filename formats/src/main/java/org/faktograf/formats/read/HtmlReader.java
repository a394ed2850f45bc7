package org.faktograf.formats.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faktograf.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Makes a document of an HTML page: the main text (the article, else the densest block of
 * paragraphs) without navigation, scripts or styles, one paragraph a line; the title from
 * {@code og:title}, the first {@code h1} or {@code <title>}, put on the first line of the text
 * unless the text already starts with it; date and address from the usual meta tags.
 */
public final class HtmlReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;

    private static final String NOISE = "script, style, noscript, template, nav, aside, iframe, svg, button, "
            + "select, input, textarea, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";
    /** Words of class and id values that mark page furniture rather than the article. */
    private static final Set<String> NOISE_WORDS = Set.of("comment", "comments", "share", "social", "related",
            "breadcrumb", "breadcrumbs", "sidebar", "menu", "cookie", "cookies", "advert", "ads", "banner",
            "subscribe", "promo", "footer");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot",
            "thead", "tr", "ul");
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
        "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dc.date]", "meta[name=date]",
        "meta[property=og:published_time]"
    };
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]*)?");

    private HtmlReader() {
    }

    /**
     * Reads an HTML file's bytes: a byte-order mark, else a charset declared in a meta tag, else
     * the text decoder's detection decides the encoding.
     */
    public static Document read(String id, String source, byte[] bytes, int length, Charset forced)
            throws NotTextException {
        Charset declared = forced != null ? forced : declaredCharset(bytes, length);
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(bytes, length, declared);
        } catch (NotTextException e) {
            if (declared == null || forced != null) {
                throw e;
            }
            decoded = TextDecoder.decode(bytes, length); // the declaration was wrong
        }
        return read(id, source, decoded.text());
    }

    public static Document read(String id, String source, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = title(page);
        String date = date(page);
        String url = url(page);
        page.select(NOISE).remove();
        removePageFurniture(page);
        String body = text(mainBlock(page));
        String text = body;
        if (title != null && !body.startsWith(title)) {
            text = body.isEmpty() ? title : title + "\n" + body;
        }
        return new Document(id, title, text, source, date, url);
    }

    static Charset declaredCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static String title(org.jsoup.nodes.Document page) {
        String og = page.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = page.title().strip();
        return t.isEmpty() ? null : t;
    }

    private static String date(org.jsoup.nodes.Document page) {
        for (String selector : DATE_META) {
            String v = page.select(selector).attr("content").strip();
            if (ISO_DATE.matcher(v).matches()) {
                return v;
            }
        }
        for (Element e : page.select("[itemprop=datePublished][datetime], time[datetime]")) {
            String v = e.attr("datetime").strip();
            if (ISO_DATE.matcher(v).matches()) {
                return v;
            }
        }
        return null;
    }

    private static String url(org.jsoup.nodes.Document page) {
        for (String v : new String[] {
            page.select("link[rel=canonical]").attr("href"), page.select("meta[property=og:url]").attr("content")}) {
            String s = v.strip();
            if (s.startsWith("http://") || s.startsWith("https://")) {
                return s;
            }
        }
        return null;
    }

    /**
     * Removes headers, footers and blocks whose class or id names them as furniture (share
     * buttons, comments, menus), unless they hold the article itself.
     */
    private static void removePageFurniture(org.jsoup.nodes.Document page) {
        int pageText = page.body() == null ? 0 : page.body().text().length();
        for (Element e : page.select("header, footer, [class], [id]")) {
            if (e.ownerDocument() == null || e == page.body() || e.normalName().equals("html")) {
                continue; // body, html, or inside something already removed
            }
            boolean header = e.normalName().equals("header");
            boolean furniture = header || e.normalName().equals("footer") || namedAsNoise(e);
            if (!furniture || (header && e.closest("article") != null)) {
                continue; // an article's own header holds its headline and date
            }
            if (!e.select("article, main, [itemprop=articleBody], h1").isEmpty()) {
                continue;
            }
            if (pageText > 0 && e.text().length() * 2 > pageText) {
                continue;
            }
            e.remove();
        }
    }

    private static boolean namedAsNoise(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[\\s_-]+")) {
            if (NOISE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Element mainBlock(org.jsoup.nodes.Document page) {
        for (String selector : new String[] {"article", "[itemprop=articleBody]", "main, [role=main]"}) {
            Element best = longest(page.select(selector));
            if (best != null) {
                return best;
            }
        }
        Element densest = densestBlock(page);
        if (densest != null) {
            return densest;
        }
        return page.body() != null ? page.body() : page;
    }

    private static Element longest(Elements elements) {
        Element best = null;
        int bestLength = 0;
        for (Element e : elements) {
            int n = e.text().length();
            if (n > bestLength) {
                best = e;
                bestLength = n;
            }
        }
        return best;
    }

    /** The element whose paragraphs hold the most text outside links (the parent scores, the grandparent half). */
    private static Element densestBlock(org.jsoup.nodes.Document page) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : page.select("p, pre, blockquote")) {
            int linked = 0;
            for (Element a : p.select("a")) {
                linked += a.text().length();
            }
            double own = p.text().length() - linked;
            if (own <= 0 || p.parent() == null) {
                continue;
            }
            scores.merge(p.parent(), own, Double::sum);
            if (p.parent().parent() != null) {
                scores.merge(p.parent().parent(), own / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    /** The text of an element, one block a line, runs of white space as one space. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean space;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                            space = true;
                        } else {
                            if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                                out.append(' ');
                            }
                            space = false;
                            out.append(c);
                        }
                    }
                } else if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        lineBreak();
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        space = true;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        lineBreak();
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        space = true;
                    }
                }
            }

            private void lineBreak() {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                space = false;
            }
        }, root);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }
}
