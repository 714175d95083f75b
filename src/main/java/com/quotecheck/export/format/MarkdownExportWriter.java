package com.quotecheck.export.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Markdown document for people: a heading, then per quote a blockquote and a list of its facts. All text from
 * articles, sources and reviewers is escaped, so it renders as the same text and never as a link, image or HTML.
 */
final class MarkdownExportWriter implements ExportWriter {

    // CommonMark treats these ASCII characters as syntax somewhere in a line; a backslash makes each one literal.
    private static final String SYNTAX = "\\`*_{}[]()<>#+-!|~&=";

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final Writer out;
    private final ExportContext context;

    MarkdownExportWriter(OutputStream stream, ExportContext context) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        this.context = context;
        out.write("# Quote checks by " + escape(context.organizationName()) + "\n\n");
        out.write("Exported from QuoteCheck on " + context.generatedAt() + ".");
        if (context.organizationUrl() != null) {
            out.write(" Published by " + link(context.organizationName(), context.organizationUrl()) + ".");
        }
        out.write("\n");
    }

    @Override
    public void write(ExportRow row) throws IOException {
        out.write("\n## " + link("Quote " + row.quoteId(), context.quoteUrl(row.quoteId())) + "\n\n");
        out.write(blockquote(row.quote()));
        out.write("\n");
        item("Speaker", speaker(row));
        item("Cue", row.cue() == null ? null : escape(row.cue()));
        item("Article", article(row));
        VerdictRating rating = VerdictRating.of(row.verdict());
        item("Verdict", rating == null ? "not reviewed yet" : rating.label());
        item("Note", row.note() == null ? null : escape(row.note()));
        item("Reviewed by", reviewed(row));
        item("Source", source(row));
        item("Passage", row.passage() == null ? null : escape(row.passage()));
    }

    private void item(String label, String markdown) throws IOException {
        if (markdown != null) {
            out.write("- **" + label + ":** " + markdown + "\n");
        }
    }

    private static String speaker(ExportRow row) {
        String name = row.displaySpeaker();
        if (name == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(escape(name));
        if (row.speakerType() != null && row.speakerType() != SpeakerType.UNKNOWN) {
            text.append(" (").append(row.speakerType().name().toLowerCase(Locale.ROOT)).append(')');
        }
        if (row.speaker() != null && !row.speaker().equals(name)) {
            text.append(", written as “").append(escape(row.speaker())).append('”');
        }
        return text.toString();
    }

    private String article(ExportRow row) {
        StringBuilder text = new StringBuilder(link(row.articleTitle() == null ? "Untitled article" : row.articleTitle(),
                row.articleUrl()));
        append(text, row.articleOutlet() == null ? null : escape(row.articleOutlet()));
        append(text, row.articlePublishedOn() == null ? null : row.articlePublishedOn().toString());
        append(text, link("stored copy", context.articleUrl(row.articleId())));
        return text.toString();
    }

    private static String reviewed(ExportRow row) {
        if (row.reviewer() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(escape(row.reviewer()));
        if (row.reviewedAt() != null) {
            text.append(" on ").append(row.reviewedAt());
        }
        if (row.signedOffBy() != null) {
            text.append(", signed off by ").append(escape(row.signedOffBy()));
            if (row.signedOffAt() != null) {
                text.append(" on ").append(row.signedOffAt());
            }
        }
        return text.toString();
    }

    private String source(ExportRow row) {
        if (row.sourceId() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(link(row.sourceTitle() == null ? "Untitled source" : row.sourceTitle(),
                row.sourceUrl()));
        append(text, row.sourcePublisher() == null ? null : escape(row.sourcePublisher()));
        append(text, row.sourcePublishedOn() == null ? null : "published " + row.sourcePublishedOn());
        append(text, row.sourceRetrievedAt() == null ? null : "retrieved " + row.sourceRetrievedAt());
        append(text, row.sourceSha256() == null ? null : "SHA-256 " + escape(row.sourceSha256()));
        append(text, link("stored copy", context.sourceUrl(row.sourceId())));
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null) {
            text.append(", ").append(part);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** The text as a blockquote, one "> " line per line of text, so a line break cannot end the quote early. */
    static String blockquote(String text) {
        StringBuilder quoted = new StringBuilder();
        for (String line : lines(text == null ? "" : text)) {
            // Stripped: four leading spaces would turn the line into a code block.
            quoted.append(line.isBlank() ? ">" : "> " + escapeLine(line.strip())).append('\n');
        }
        return quoted.toString();
    }

    /** A link when the address is a web address, else the escaped text alone. */
    static String link(String text, String url) {
        String web = WebAddresses.webOrNull(url);
        return web == null ? escape(text) : "[" + escape(text) + "](" + destination(web) + ")";
    }

    // Percent-encodes what would end or break a link destination; an address never needs these characters raw.
    private static String destination(String url) {
        StringBuilder encoded = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '(' || c == ')' || c == '\\' || c == '"' || c == '`' || c == 0x7F) {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    /**
     * Escapes text for inline use: each Markdown syntax character gets a backslash, and line breaks become hard
     * breaks inside the same list item, so that no line of user text can start a heading, list or code block.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                escaped.append("\\\n  ");
            }
            escaped.append(escapeLine(lines[i].strip()));
        }
        return escaped.toString();
    }

    private static String escapeLine(String line) {
        StringBuilder escaped = new StringBuilder(line.length() + 8);
        boolean leadingDigits = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // "1." or "1)" at the start of a line opens an ordered list.
            boolean listMarker = leadingDigits && i > 0 && (c == '.' || c == ')');
            if (SYNTAX.indexOf(c) >= 0 || listMarker) {
                escaped.append('\\');
            }
            leadingDigits &= c >= '0' && c <= '9';
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String[] lines(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? new String[] {text} : LINE_BREAK.split(text, -1);
    }
}
