package com.quotecheck.source.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Turns an uploaded, pasted or fetched document (HTML, plain text, PDF, Word .docx) into its readable text. */
public final class DocumentTextExtractor {

    static final String HTML = "text/html";
    static final String XHTML = "application/xhtml+xml";
    static final String PLAIN = "text/plain";
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Browsers and servers label files they do not recognise with these; the bytes and the file name then decide.
    private static final Set<String> UNSPECIFIC = Set.of(
            "application/octet-stream", "binary/octet-stream", "application/zip", "application/x-zip-compressed",
            "application/unknown", "application/download", "application/force-download");

    /**
     * @param contentType    the declared media type, parameters allowed; null or generic types are resolved from the
     *                       bytes and the file name
     * @param charsetOrNull  the declared charset of a text or HTML document, if any
     * @param fileNameOrNull the uploaded file's name, used only when the type is not declared
     */
    public ExtractedText extract(byte[] bytes, String contentType, Charset charsetOrNull, String fileNameOrNull)
            throws UnsupportedDocumentException {
        Objects.requireNonNull(bytes, "bytes");
        MediaType declared = MediaType.parse(contentType);
        Charset charset = charsetOrNull != null ? charsetOrNull : declared == null ? null : declared.charset();
        String type = declared == null || UNSPECIFIC.contains(declared.name())
                ? detectedType(bytes, fileNameOrNull)
                : declared.name();
        ExtractedText extracted = switch (type) {
            case HTML, XHTML -> html(bytes, charset);
            case PLAIN -> new ExtractedText(null, PlainTextDecoder.decode(bytes, charset), null, null);
            case PDF -> PdfTextExtractor.extract(bytes);
            case DOCX -> DocxTextExtractor.extract(bytes);
            case "application/msword" -> throw new UnsupportedDocumentException("Old Word .doc files cannot be"
                    + " imported; save the document as .docx or PDF and upload that.");
            default -> throw new UnsupportedDocumentException("Files of type " + type + " cannot be imported;"
                    + " use HTML, plain text, PDF or Word (.docx).");
        };
        if (extracted.text().isBlank()) {
            throw new UnsupportedDocumentException("The document contains no readable text.");
        }
        return extracted;
    }

    private static ExtractedText html(byte[] bytes, Charset charset) throws UnsupportedDocumentException {
        try {
            return HtmlTextExtractor.extract(bytes, charset);
        } catch (IOException e) {
            throw new UnsupportedDocumentException("The web page could not be read.", e);
        }
    }

    private static String detectedType(byte[] bytes, String fileName) throws UnsupportedDocumentException {
        if (startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "html", "htm" -> HTML;
            case "xhtml" -> XHTML;
            case "txt", "text" -> PLAIN;
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "doc" -> "application/msword";
            default -> {
                if (startsWith(bytes, "PK\u0003\u0004")) {
                    yield DOCX; // a zip without a telling name: the Word reader says clearly if it is not one
                }
                throw new UnsupportedDocumentException("QuoteCheck could not tell what kind of file "
                        + (name.isEmpty() ? "this" : fileName.strip()) + " is; use HTML, plain text, PDF or Word (.docx).");
            }
        };
    }

    private static boolean startsWith(byte[] bytes, String asciiPrefix) {
        if (bytes.length < asciiPrefix.length()) {
            return false;
        }
        for (int i = 0; i < asciiPrefix.length(); i++) {
            if (bytes[i] != asciiPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
