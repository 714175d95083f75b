package com.quotecheck.source.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the paragraphs of a Word .docx file with the JDK alone, guarding against zip bombs and XML entity tricks. */
final class DocxTextExtractor {

    /** Bytes unpacked across the whole archive; every entry passed counts, since skipping an entry also inflates it. */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 5_000;
    private static final String BODY = "word/document.xml";
    private static final String PROPERTIES = "docProps/core.xml";

    private DocxTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes) throws UnsupportedDocumentException {
        byte[] body = null;
        byte[] properties = null;
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null && (body == null || properties == null);
                 entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnsupportedDocumentException("The Word file has too many parts to be a normal document.");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                boolean wanted = entry.getName().equals(BODY) || entry.getName().equals(PROPERTIES);
                unpacked += copyCapped(zip, wanted ? content : OutputStream.nullOutputStream(), MAX_UNPACKED_BYTES - unpacked);
                if (entry.getName().equals(BODY)) {
                    body = content.toByteArray();
                } else if (entry.getName().equals(PROPERTIES)) {
                    properties = content.toByteArray();
                }
            }
        } catch (IOException e) {
            throw new UnsupportedDocumentException("The Word file could not be read; it seems damaged or is not a .docx.", e);
        }
        if (body == null) {
            throw new UnsupportedDocumentException("The file is not a Word .docx document (it has no " + BODY + ").");
        }
        try {
            String text = paragraphs(body);
            return properties == null
                    ? new ExtractedText(null, text, null, null)
                    : new ExtractedText(Paragraphs.blankToNull(element(properties, "title")), text,
                    Paragraphs.primaryLanguage(element(properties, "language")), null);
        } catch (XMLStreamException e) {
            throw new UnsupportedDocumentException("The Word file's text could not be read; it seems damaged.", e);
        }
    }

    private static long copyCapped(InputStream in, OutputStream out, long allowance)
            throws IOException, UnsupportedDocumentException {
        byte[] buffer = new byte[16 * 1024];
        long copied = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            copied += n;
            if (copied > allowance) {
                throw new UnsupportedDocumentException("The Word file unpacks to more than "
                        + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB, far more than a text document needs.");
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    /** Paragraphs are w:p, their text is in w:t runs; deleted revisions (w:delText) and field codes are left out. */
    private static String paragraphs(byte[] xml) throws XMLStreamException {
        XMLStreamReader reader = secureFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        Paragraphs paragraphs = new Paragraphs();
        StringBuilder current = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "t" -> inText = true;
                    case "tab" -> current.append(' ');
                    case "br", "cr" -> current.append('\n');
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (reader.getLocalName().equals("t")) {
                    inText = false;
                } else if (reader.getLocalName().equals("p")) {
                    paragraphs.add(current);
                    current.setLength(0);
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                current.append(reader.getText());
            }
        }
        paragraphs.add(current);
        return paragraphs.text();
    }

    /** The text of the first element with this local name (dc:title, dc:language in core.xml), or null. */
    private static String element(byte[] xml, String localName) throws XMLStreamException {
        XMLStreamReader reader = secureFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(localName)) {
                return reader.getElementText();
            }
        }
        return null;
    }

    // No DTDs and no external entities: a document cannot read local files (XXE) or expand entities (billion laughs).
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
