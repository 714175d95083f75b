package com.quotecheck.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Lucene full-text index of quotes, articles and sources, held in memory and rebuilt from the database by its owner.
 * Free words search the text, titles and speakers; {@code speaker:}, {@code verdict:}, {@code outlet:},
 * {@code publisher:} and {@code title:} narrow by field. Thread-safe.
 */
public final class TextSearch implements AutoCloseable {

    private static final String KEY = "key";
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String PARENT = "parent";
    private static final int SNIPPET = 240;
    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public TextSearch() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a document or replaces the one of the same kind and id. */
    public void put(SearchDocument doc) {
        Document d = new Document();
        d.add(new StringField(KEY, key(doc.kind(), doc.id()), Field.Store.NO));
        d.add(new StringField(KIND, doc.kind().name(), Field.Store.YES));
        d.add(new StoredField(ID, doc.id()));
        d.add(new TextField("text", nullToEmpty(doc.text()), Field.Store.NO));
        d.add(new StoredField("snippet", snippet(doc.text())));
        addText(d, "title", doc.title());
        addText(d, "speaker", doc.speaker());
        addText(d, "verdict", doc.verdict());
        addText(d, "outlet", doc.outlet());
        addText(d, "publisher", doc.publisher());
        if (doc.parentId() != null) {
            d.add(new StoredField(PARENT, doc.parentId()));
        }
        try {
            writer.updateDocument(new Term(KEY, key(doc.kind(), doc.id())), d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(SearchHit.Kind kind, long id) {
        try {
            writer.deleteDocuments(new Term(KEY, key(kind, id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put or removed so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResults search(String query, int quotes, int articles, int sources) {
        Query parsed = parse(query);
        if (parsed == null) {
            return new SearchResults(query, List.of(), List.of(), List.of());
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return new SearchResults(query, top(searcher, parsed, SearchHit.Kind.QUOTE, quotes),
                        top(searcher, parsed, SearchHit.Kind.ARTICLE, articles),
                        top(searcher, parsed, SearchHit.Kind.SOURCE, sources));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        // Free words may stand in the text, the title or the speaker; every word must be found somewhere.
        QueryParser parser = new MultiFieldQueryParser(new String[] {"text", "title", "speaker"}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | IllegalArgumentException e) {
            // A stray quote mark, bracket or operator is not the user's fault: search the words as typed.
            try {
                return parser.parse(QueryParser.escape(OPERATOR.matcher(query).replaceAll(" ")));
            } catch (ParseException again) {
                return null;
            }
        }
    }

    private static List<SearchHit> top(IndexSearcher searcher, Query query, SearchHit.Kind kind, int limit)
            throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        Query ofKind = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
                .build();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc scored : searcher.search(ofKind, limit).scoreDocs) {
            Document d = searcher.storedFields().document(scored.doc);
            var parent = d.getField(PARENT);
            hits.add(new SearchHit(kind, d.getField(ID).numericValue().longValue(), d.get("title"), d.get("snippet"),
                    d.get("speaker"), d.get("verdict"), d.get("outlet"), d.get("publisher"),
                    parent == null ? null : parent.numericValue().longValue()));
        }
        return hits;
    }

    private static void addText(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.YES));
        }
    }

    private static String key(SearchHit.Kind kind, long id) {
        return kind.name() + ":" + id;
    }

    private static String snippet(String text) {
        String value = nullToEmpty(text);
        return value.length() <= SNIPPET ? value : value.substring(0, SNIPPET) + "…";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
