package com.quotecheck.source.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the main text of a web page and its title, language and publication date, leaving site furniture behind. */
final class HtmlTextExtractor {

    private static final String BOILERPLATE_ELEMENTS = String.join(", ",
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button",
            "input", "select", "textarea", "nav", "header", "footer", "aside", "figure", "dialog", "menu",
            "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
            "[role=complementary]", "[role=search]", "[role=dialog]", "[role=alertdialog]", "[role=menu]");

    // Whole words in class or id attributes that mark cookie banners, share widgets, teasers and other chrome.
    private static final Pattern BOILERPLATE_NAMES = Pattern.compile(
            "(?i)(?:^|[\\s_-])(cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|subscription|related"
                    + "|recommended|promo|advert|advertisement|ads?|banner|breadcrumbs?|comments?|sidebar|menu|navbar"
                    + "|nav|popup|modal|skip|byline-share|paywall|outbrain|taboola)(?:$|[\\s_-])");

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
            "dd", "blockquote", "pre", "table", "tr", "figcaption", "address", "hr", "details", "summary", "center");

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes, Charset charset) throws IOException {
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), "");
        // Metadata first: the date lives in <script> and <header> elements that boilerplate removal throws away.
        String title = title(page);
        String language = Paragraphs.primaryLanguage(page.select("html[lang]").attr("lang"));
        if (language == null) {
            language = Paragraphs.primaryLanguage(page.select("meta[http-equiv=content-language]").attr("content"));
        }
        LocalDate published = publishedOn(page);
        removeBoilerplate(page);
        return new ExtractedText(title, text(mainElement(page)), language, published);
    }

    private static String title(Document page) {
        String og = Paragraphs.blankToNull(page.select("meta[property=og:title]").attr("content"));
        if (og != null) {
            return og;
        }
        String title = Paragraphs.blankToNull(page.title());
        if (title != null) {
            return title;
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : Paragraphs.blankToNull(h1.text());
    }

    private static LocalDate publishedOn(Document page) {
        LocalDate date = date(page.select("meta[property=article:published_time], meta[name=article:published_time],"
                + " meta[itemprop=datePublished]").attr("content"));
        if (date == null) {
            Element time = page.selectFirst("article time[datetime], main time[datetime], time[datetime]");
            date = time == null ? null : date(time.attr("datetime"));
        }
        if (date != null) {
            return date;
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find() && date(m.group(1)) != null) {
                return date(m.group(1));
            }
        }
        return null;
    }

    /** The calendar date at the start of an ISO 8601 value, as written (the publisher's own day, not UTC's). */
    private static LocalDate date(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void removeBoilerplate(Document page) {
        for (Element element : page.select(BOILERPLATE_ELEMENTS)) {
            if (element.parent() != null) {
                element.remove();
            }
        }
        for (Element element : page.select("[class], [id]")) {
            if (element.parent() != null
                    && (BOILERPLATE_NAMES.matcher(element.className()).find()
                    || BOILERPLATE_NAMES.matcher(element.id()).find())
                    && !isContentContainer(element)) {
                element.remove();
            }
        }
    }

    // A class such as "has-sidebar" on the body or "has-share-bar" on the story wrapper must not take the story with it;
    // widgets and banners hold a line or two, not several paragraphs.
    private static boolean isContentContainer(Element element) {
        return Set.of("html", "body", "main", "article").contains(element.normalName())
                || element.selectFirst("article, main, [role=main]") != null
                || element.select("p").size() >= 3;
    }

    private static Element mainElement(Document page) {
        Element best = null;
        for (Element article : page.select("article")) {
            if (best == null || textLength(article) > textLength(best)) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : densestBlock(page);
    }

    // Without semantic markup, the element whose paragraphs hold the most text (half credit to grandparents) is the story.
    private static Element densestBlock(Document page) {
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : page.body().select("p, pre, blockquote")) {
            int length = textLength(paragraph);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(page.body());
    }

    private static int textLength(Element element) {
        return element.text().length();
    }

    private static String text(Element root) {
        Paragraphs paragraphs = new Paragraphs();
        StringBuilder current = new StringBuilder();
        new Elements(root).traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush();
                } else if (node instanceof Element element && element.normalName().equals("td")) {
                    current.append(' ');
                }
            }

            private void flush() {
                paragraphs.add(current);
                current.setLength(0);
            }
        });
        paragraphs.add(current);
        return paragraphs.text();
    }
}
