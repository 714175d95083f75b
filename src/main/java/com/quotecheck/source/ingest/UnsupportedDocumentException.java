package com.quotecheck.source.ingest;

/** The bytes cannot be turned into text (unknown type, encrypted, damaged, no text layer); the message is for the user. */
public final class UnsupportedDocumentException extends Exception {

    public UnsupportedDocumentException(String message) {
        super(message);
    }

    public UnsupportedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
