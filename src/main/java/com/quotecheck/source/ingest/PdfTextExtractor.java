package com.quotecheck.source.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/** Reads the text layer of a PDF as paragraphs, with the title and language the file declares. */
final class PdfTextExtractor {

    // A character PDFs do not contain, so splitting on it finds exactly the paragraph breaks PDFBox detected.
    private static final String PARAGRAPH_MARK = "\u2029";

    private PdfTextExtractor() {
    }

    static ExtractedText extract(byte[] bytes) throws UnsupportedDocumentException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PARAGRAPH_MARK);
            stripper.setPageEnd(PARAGRAPH_MARK);
            stripper.setLineSeparator("\n");
            Paragraphs paragraphs = new Paragraphs();
            for (String paragraph : stripper.getText(pdf).split(PARAGRAPH_MARK)) {
                // Lines inside a PDF paragraph are only where the layout wrapped, so they become spaces.
                paragraphs.add(paragraph.replace('\n', ' '));
            }
            if (paragraphs.isEmpty()) {
                throw new UnsupportedDocumentException("The PDF has no text layer (it may be a scan); run it through"
                        + " text recognition (OCR) first, then import the result.");
            }
            return new ExtractedText(Paragraphs.blankToNull(pdf.getDocumentInformation().getTitle()), paragraphs.text(),
                    Paragraphs.primaryLanguage(pdf.getDocumentCatalog().getLanguage()), null);
        } catch (InvalidPasswordException e) {
            throw new UnsupportedDocumentException("The PDF is password-protected; import an unprotected copy.", e);
        } catch (IOException e) {
            throw new UnsupportedDocumentException("The PDF could not be read; the file seems damaged or is not a PDF.", e);
        }
    }
}
