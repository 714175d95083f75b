package com.quotecheck.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTokenizerTest {

    private static List<String> raw(String text, Words w) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            out.add(text.substring(w.starts()[k], w.ends()[k]));
        }
        return out;
    }

    @Test
    void offsetsPointAtTheWordsAsWritten() {
        String text = "  The U.S.\u00A0and the P.R.C. — “don’t” ﬁnance 1,000 ships; e\u0301te\u0301 diplo\u00ADmat.";
        Words w = WordTokenizer.tokenize(text);
        assertArrayEquals(new String[] {"the", "us", "and", "the", "prc", "don't", "finance", "1000", "ships",
                "été", "diplomat"}, w.norms());
        assertEquals(List.of("The", "U.S", "and", "the", "P.R.C", "don’t", "ﬁnance", "1,000", "ships",
                "e\u0301te\u0301", "diplo\u00ADmat"), raw(text, w));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "U.S.|US",
            "P.R.C.|PRC",
            "China’s|China's",
            "ＵＳ|us",
            "WIN–WIN|win win",
            "Sino-U.S. ties|sino us ties",
            "\"quoted\"  words|“quoted” words"})
    void spellingAndTypographicVariantsNormalizeAlike(String a, String b) {
        assertArrayEquals(WordTokenizer.tokenize(b).norms(), WordTokenizer.tokenize(a).norms());
    }

    @Test
    void wordsThatLostTheirSpaceAfterAPeriodAreSplit() {
        String text = "Brookings.Institution said 3.5 percent";
        Words w = WordTokenizer.tokenize(text);
        assertArrayEquals(new String[] {"brookings", "institution", "said", "3.5", "percent"}, w.norms());
        assertEquals(List.of("Brookings", "Institution", "said", "3.5", "percent"), raw(text, w));
    }

    @Test
    void punctuationAloneHasNoWords() {
        assertEquals(0, WordTokenizer.tokenize("… — “ ” ! ? ... ,;:").size());
    }
}
