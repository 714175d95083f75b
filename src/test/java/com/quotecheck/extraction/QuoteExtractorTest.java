package com.quotecheck.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<ExtractedQuote> ofKind(String text, QuoteKind kind) {
        return extractor.extract(text).stream().filter(q -> q.kind() == kind).toList();
    }

    private ExtractedQuote only(String text, QuoteKind kind) {
        List<ExtractedQuote> quotes = ofKind(text, kind);
        assertEquals(1, quotes.size(), () -> "expected one " + kind + " in " + extractor.extract(text));
        return quotes.get(0);
    }

    /** The first report in a text that may hold other quotes. */
    private ExtractedQuote firstReport(String text) {
        return ofKind(text, QuoteKind.INDIRECT).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no report in " + extractor.extract(text)));
    }

    private ExtractedQuote find(String text, String startOfQuote) {
        return extractor.extract(text).stream().filter(q -> q.text().startsWith(startOfQuote)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + startOfQuote + " in "
                        + extractor.extract(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“The budget is balanced at last,” Maria Lopez said.",
            "\"The budget is balanced at last,\" Maria Lopez said.",
            "«The budget is balanced at last,» Maria Lopez said.",
            "''The budget is balanced at last,'' Maria Lopez said.",
            "‘The budget is balanced at last,’ Maria Lopez said."})
    void findsQuotesInEveryMarkStyle(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("The budget is balanced at last,", q.text());
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        assertEquals("Maria Lopez", q.speakerName());
        assertEquals("said", q.cue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"The budget is balanced at last, \"said Maria Lopez.",
            "Maria Lopez said,'The budget is balanced at last.'",
            "‘ The budget is balanced at last,’ said Maria Lopez."})
    void misplacedSpacesAroundMarksStillMakeTheQuote(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertTrue(q.text().startsWith("The budget is balanced at last"), q.text());
        assertEquals("Maria Lopez", q.speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mirza Fakhrul said,\n“The party will decide.”",
            "Mirza Fakhrul said,\n'The party will decide.'"})
    void cueWhoseQuoteOpensTheNextLineIsItsCue(String text) {
        assertEquals("Mirza Fakhrul", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void shortQuotedLineWithNoStopIsACrossheadNotAQuote() {
        String text = "Senator Ana Ruiz said the plan was flawed.\n\n‘Very alarmed’\n\nTom Alder said he was alarmed."
                + "\n\n“We are ready.”";
        assertEquals(QuoteKind.PARTIAL, find(text, "Very alarmed").kind());
        assertNull(find(text, "Very alarmed").speakerName());
        assertEquals("Tom Alder", find(text, "We are ready").speakerName());
    }

    @Test
    void dayAfterATimeGoesOnWithTheSentence() {
        String text = "The ministry said the quake, which struck at 11:59 p.m. Monday, killed 100 people.";
        assertEquals("the quake, which struck at 11:59 p.m. Monday, killed 100 people",
                only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void stopWithNoSpaceAfterItStillEndsTheSentence() {
        String text = "“We are ready,” Tom Alder said.Asked about the plan, he said the budget was fine.\n\nThe "
                + "ministry said six people died.Dr Ana Ruiz was the director, officials said.";
        assertEquals("Tom Alder", find(text, "We are ready").speakerName());
        assertEquals("Tom Alder", find(text, "the budget").speakerName());
        assertEquals("six people died", find(text, "six people").text());
        assertEquals("officials", find(text, "Dr Ana Ruiz").speakerName());
    }

    @Test
    void apostrophesAndElidedYearsAreNotQuoteMarks() {
        String text = "Canada’s budget, unchanged since the ’90s, is the minister’s pride. "
                + "“We will keep it,” Ana Ruiz said.";
        List<ExtractedQuote> quotes = extractor.extract(text);
        assertEquals(1, quotes.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).count(), quotes::toString);
        assertEquals("We will keep it,", quotes.get(0).text());
    }

    @Test
    void nestedSingleQuoteStaysInsideItsDoubleQuote() {
        String text = "“When they say ‘fair deal,’ I doubt they mean the same thing,” says Omar Haddad.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("When they say ‘fair deal,’ I doubt they mean the same thing,", q.text());
        assertEquals("Omar Haddad", q.speakerName());
    }

    @Test
    void quoteOverSeveralParagraphsKeepsOneSpeaker() {
        String text = "Lena Park, the mayor, spoke first.\n\n“We built the bridge in two years.\n\n"
                + "“We will build the tunnel in three,” Park said.";
        ExtractedQuote first = find(text, "We built");
        ExtractedQuote second = find(text, "We will build");
        assertEquals("We built the bridge in two years.", first.text());
        assertEquals("Lena Park", first.speakerName());
        assertEquals("Lena Park", second.speakerName());
    }

    @Test
    void unclosedQuoteEndsBeforeItsAttributionSentence() {
        String text = "Tom Becker, an economist at Lund University, was blunt.\n\n"
                + "“Prices will fall when supply recovers, and not before. Becker says.\n\nNext paragraph.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Prices will fall when supply recovers, and not before.", q.text());
        assertEquals("Becker", q.speaker());
        assertEquals("Tom Becker", q.speakerName());
    }

    @Test
    void interruptedQuoteGivesBothPiecesTheSpeaker() {
        String text = "“The port is open,” said Ivan Petrov, the harbour master, “and ships are coming back.”";
        assertEquals("Ivan Petrov", find(text, "The port").speakerName());
        assertEquals("Ivan Petrov", find(text, "and ships").speakerName());
        assertEquals("the harbour master", find(text, "The port").speakerDescription());
    }

    @Test
    void furtherSentenceOfTheSameSpeakerInheritsTheSpeaker() {
        String text = "“We did our best,” Sara Olsen said on Monday. “Nobody could have done more.”";
        ExtractedQuote second = find(text, "Nobody");
        assertEquals(QuoteKind.DIRECT, second.kind());
        assertEquals("Sara Olsen", second.speakerName());
    }

    @Test
    void shortFragmentInReportedSpeechIsPartialWithTheReportedSpeaker() {
        String text = "The Finance Ministry said the minister described “serious risks” in the plan.";
        ExtractedQuote q = only(text, QuoteKind.PARTIAL);
        assertEquals("serious risks", q.text());
        assertEquals("Finance Ministry", q.speakerName());
    }

    @Test
    void laterFragmentOfASentenceSharesTheSpeakerOfTheFirst() {
        String text = "Senator Tom Becker called the rival plan “reckless” and referred to its “hidden costs.” "
                + "Analysts doubted its “clarity.”";
        assertEquals("Tom Becker", find(text, "hidden costs").speakerName());
        assertNull(find(text, "clarity").speakerName(), "a fragment of the next sentence keeps its own");
        String other = "Ann Lee called it “reckless,” but as Tom Becker moved on to “hidden costs,” she left.";
        assertEquals("Ann Lee", find(other, "reckless").speakerName());
        assertNull(find(other, "hidden costs").speakerName(), "a new clause's subject is not the first speaker");
    }

    @Test
    void expandingASurnamePassesOverTheOtherGender() {
        String text = "Bill Clinton spoke first. Hillary Clinton followed. “We won,” Mrs. Clinton said. "
                + "“We did,” said Bill Clinton. “It was close,” Mrs. Clinton said.";
        assertEquals("Hillary Clinton", find(text, "It was close").speakerName());
    }

    @Test
    void pronounInsideAQuotedExcerptMeansThePersonTheExcerptIsAbout() {
        String text = "Ann Lee reports:\n\n\"Maria Diaz arrived at the rally early. "
                + "“I am done waiting,” she said, clapping.\"";
        assertEquals("Ann Lee", find(text, "Maria Diaz arrived").speakerName());
        assertEquals("Maria Diaz", find(text, "I am done").speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We lost,” said Ann Lee. The Justice Department released the files on Friday. “We found no crime,” it "
                    + "said.|Justice Department",
            "“We lost,” said Ann Lee. Although the IMF did not name the plan, it said “tensions are rising.”|IMF",
            "“We lost,” said Ann Lee. The company lost money. “We will recover,” it said.|company",
            "“We lost,” said Ann Lee. Tom Becker’s campaign is furious. It said “the attack is a lie.”|Tom Becker’s "
                    + "campaign",
            "Veltra, a maker of chips, cut its forecast, and it warned “sales could weaken further.”|Veltra",
            "Veltra turned in a solid quarter. It warned “sales could weaken further.”|Veltra",
            "Veltra Air Lines trims flights. Veltra cut its forecast, and it warned “sales could weaken further.”|"
                    + "Veltra Air Lines",
            "Harlow Air Lines cancelled 400 flights. The airline said “fuel costs too much.”|Harlow Air Lines",
            "Harlow Air Lines cut flights. Atlanta-based Harlow cancelled 400 more. The airline said “fuel costs too "
                    + "much.”|Harlow Air Lines",
            "Veltra turned in a solid quarter. The company said “sales could weaken further.” Its unit is called "
                    + "Veltra Mobility.|Veltra"})
    void itMeansTheInstitutionTheNarrativeIsAbout(String text, String institution) {
        List<ExtractedQuote> quotes = extractor.extract(text);
        ExtractedQuote q = quotes.get(quotes.size() - 1);
        assertEquals(institution, q.speakerName(), q::toString);
    }

    @Test
    void itAfterASentenceAboutAPersonGoesToTheLatestInstitutionThatSpoke() {
        String text = "“We will appeal,” the union said. Ann Lee toured the plant. “It stays open,” it said.";
        assertEquals("union", find(text, "It stays open").speakerName());
    }

    @Test
    void contractedPronounIsTheSubjectOfItsCue() {
        String text = "Tom Becker spoke in Ohio. He’s claiming that the count was “rigged from the start.”";
        assertEquals("Tom Becker", find(text, "rigged").speakerName());
    }

    @Test
    void sentenceSetOffByDashesIsDirectButAPhraseIsNot() {
        String text = "The mayor brushed off the audit -- \"We owe nothing\" -- and moved on.";
        assertEquals(QuoteKind.DIRECT, find(text, "We owe").kind());
        String phrase = "The mayor called the audit -- \"a witch hunt\" -- and moved on.";
        assertEquals(QuoteKind.PARTIAL, find(phrase, "a witch").kind());
    }

    @Test
    void participleAfterAnEarlierQuoteTakesTheSentenceSubject() {
        String text = "Lena Brandt dismissed the audit -- \"We owe nothing\" -- and, when pressed later, "
                + "asserting, \"Every bill is paid.\"";
        assertEquals("Lena Brandt", find(text, "Every bill").speakerName());
    }

    @Test
    void scareQuoteIsPartialWithoutSpeaker() {
        String text = "Critics call it the “grand bargain” of the decade, though few have read it.";
        ExtractedQuote q = only(text, QuoteKind.PARTIAL);
        assertEquals("grand bargain", q.text());
    }

    @Test
    void untitledScareQuoteHasNoSpeaker() {
        String text = "The deal was a show of “goodwill” by both sides at the summit.";
        ExtractedQuote q = only(text, QuoteKind.PARTIAL);
        assertNull(q.speakerName());
    }

    @Test
    void invertedCueTakesTheNameAndItsDescription() {
        String text = "“Demand is slowing,” says Priya Nair, a senior analyst at the Lowell Institute.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Priya Nair", q.speakerName());
        assertEquals("a senior analyst at the Lowell Institute", q.speakerDescription());
        assertEquals("says", q.cue());
    }

    @Test
    void sentenceOpenedByItsCueNamesTheSpeakerAfterIt() {
        String text = "The plan has critics. Said Omar Haddad: “Nobody asked the tenants.”";
        assertEquals("Omar Haddad", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void pronounAfterAQuoteMeansTheNameIntroducingIt() {
        String text = "“Costs will fall,” said Tom Reyes, the developer.\n\n"
                + "Rep. Ana Ruiz (D-Ore.) scolded him: “Your figures are wrong,” she said.";
        assertEquals("Ana Ruiz", find(text, "Your figures").speakerName());
    }

    @Test
    void asClauseWithAppositionNamesTheSpeaker() {
        String text = "As Ann Lee, a tax lawyer at Grant & Poole, recently put it, “Who pays the bill?”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ann Lee", q.speakerName());
        assertEquals("a tax lawyer at Grant & Poole", q.speakerDescription());
    }

    @Test
    void cueBeforeQuoteNamesAnInstitution() {
        String text = "In a statement, the Transport Department said: “The line reopens on Friday.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Transport Department", q.speakerName());
    }

    @Test
    void outletGivenTheWordsIsKept() {
        String text = "“We expect no change,” Ken Obi, a trade official, told the Daily Herald.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ken Obi", q.speakerName());
        assertEquals("Daily Herald", q.citedOutlet());
        assertEquals("told", q.cue());
    }

    @Test
    void surnamesAndPronounsResolveToTheFullName() {
        String text = "Hanna Weiss, a professor of law, has followed the case.\n\n"
                + "“It is unusual,” Weiss said.\n\n“I have not seen this before,” she added.\n\n"
                + "“It will take years,” the professor said.";
        assertEquals("Hanna Weiss", find(text, "It is unusual").speakerName());
        assertEquals("she", find(text, "I have not").speaker());
        assertEquals("Hanna Weiss", find(text, "I have not").speakerName());
        assertEquals("Hanna Weiss", find(text, "It will take").speakerName());
    }

    @Test
    void paragraphContinuingAQuoteBelongsToThePreviousSpeaker() {
        String text = "“We will appeal,” said Rosa Diaz, the union’s lawyer.\n\n“The ruling ignores the contract.”";
        assertEquals("Rosa Diaz", find(text, "The ruling").speakerName());
    }

    @Test
    void transcriptLabelNamesTheSpeaker() {
        String text = "Chris Hale hosted the debate.\n\n\"HALE: Will you sign the bill?\"";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Will you sign the bill?", q.text());
        assertEquals("Chris Hale", q.speakerName());
    }

    @Test
    void transcriptParagraphWithoutLabelBelongsToTheLabelAbove() {
        String text = "Chris Hale hosted Dana Ruiz.\n\n\"HALE: Will you sign the bill?\n\n\"RUIZ: Not this week."
                + "\n\n\"The votes are not there yet.\n\n\"HALE: Thank you.\"";
        assertEquals("Dana Ruiz", find(text, "The votes").speakerName());
    }

    @Test
    void signOffClosingATranscriptIsNotAQuote() {
        String text = "\"HALE: Will you sign it?\n\n\"RUIZ: Not this week.\n\n\"Follow Ann Lee on Twitter @annlee.\"";
        List<ExtractedQuote> quotes = extractor.extract(text);
        assertEquals(2, quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count(), quotes::toString);
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Follow")), quotes::toString);
    }

    @Test
    void stageDirectionsAndTitleCaseHeadingsAreNotDirectQuotes() {
        String text = "\"HALE: Will you sign it?\"\n\n\"(CROSSTALK.)\"\n\n‘Legend in the Coal Fields.’\n\nMore text.";
        List<ExtractedQuote> quotes = extractor.extract(text);
        assertEquals(1, quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count(), quotes::toString);
        assertEquals(QuoteKind.PARTIAL, find(text, "Legend").kind());
    }

    @Test
    void nounsSpelledLikeCuesAreNotCues() {
        String text = "He sat for an interview on Mr. King's show, ''Politicking.'' Viewers left.";
        assertEquals(QuoteKind.PARTIAL, find(text, "Politicking").kind());
    }

    @Test
    void reportedSpeechCoversTheReportedClause() {
        String text = "Mia Chen, a historian at Oslo University, says the archive was never complete, "
                + "but she is still hopeful.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the archive was never complete", q.text());
        assertEquals("Mia Chen", q.speakerName());
        assertEquals("a historian at Oslo University", q.speakerDescription());
        assertEquals("says", q.cue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz said the board mishandled the vote and Democrats accused it of bias.|the board mishandled the "
                    + "vote",
            "Ana Ruiz said the talks would resume — and she noted that nothing was agreed.|the talks would resume",
            "Ana Ruiz said Republicans and Democrats agreed on the plan.|Republicans and Democrats agreed on the plan",
            "Ana Ruiz said the tool made them wary and 90% said they suspect cheating.|the tool made them wary",
            "Ana Ruiz said Japan had protested, with Chief Secretary Yoshihide Suga reportedly saying that the missile "
                    + "fell.|Japan had protested",
            "Ana Ruiz said the downturn would be deeper than expected, hammering the firm's shares.|the downturn would "
                    + "be deeper than expected"})
    void reportEndsWhereAnotherSubjectTakesACue(String text, String report) {
        ExtractedQuote q = firstReport(text);
        assertEquals(report, q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void surveyFindingIsReportedSpeechOfItsOwner() {
        String text = "A poll of voters by the Harlow Research Group found that 70% of people want lower fares.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("70% of people want lower fares", q.text());
        assertEquals("Harlow Research Group", q.speakerName());
        assertEquals("found", q.cue());
    }

    @Test
    void surnameAfterANameWithItsLineageIsThatName() {
        String text = "Foreign Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani spoke on Sunday.\n\n"
                + "Al-Thani stressed that the mediation would continue.";
        assertEquals("Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani",
                only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void twoBodiesJoinedAfterTheReportAreItsSpeaker() {
        String text = "The plant lost $651 million in 2008, the Harlow Ledger and the Times found.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The plant lost $651 million in 2008", q.text());
        assertEquals("the Harlow Ledger and the Times", q.speaker());
    }

    @Test
    void postposedAttributionMakesTheSentenceReportedSpeech() {
        String text = "The plant will close by the end of the year, two company officials said.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The plant will close by the end of the year", q.text());
        assertEquals("two company officials", q.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The plant will close by the end of the year, said Ana Ruiz, a union lawyer.|Ana Ruiz|said|a union lawyer",
            "The plant will close by the end of the year, according to the Labor Department.|Labor Department"
                    + "|according to|",
            "The plant will close by the end of the year, noted NBC’s Dante Chinni.|Dante Chinni|noted|",
            "The plant will close by the end of the year, according to its owners, and said so.|owners|according to|"})
    void invertedAttributionClosingTheSentenceMakesItReportedSpeech(String text, String name, String cue,
            String description) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The plant will close by the end of the year", q.text());
        assertEquals(name, q.speakerName());
        assertEquals(cue, q.cue());
        assertEquals(description, q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz says parents still want the plant to stay open.|parents still want the plant to stay open",
            "Ana Ruiz says too much is made of the closure.|too much is made of the closure",
            "Ana Ruiz said Monday that the plant will close in May.|the plant will close in May",
            "Ana Ruiz said at a rally in Toledo, Ohio, that the plant will close.|the plant will close",
            "Ana Ruiz said that, if elected, she would keep the plant open.|she would keep the plant open",
            "Ana Ruiz said that would keep the plant open for years.|that would keep the plant open for years",
            "The union met shortly after Ana Ruiz said the plant will close in May.|the plant will close in May",
            "The union met when Ana Ruiz said that the plant will close on May 3, 2027 for good.|the plant will "
                    + "close on May 3, 2027 for good",
            "While Ana Ruiz said the plant will close, others disagreed with her.|the plant will close",
            "The vote was close; Ana Ruiz said the plant will close in May.|the plant will close in May",
            "Ana Ruiz added that the closure will only add to the town's troubles.|the closure will only add to the "
                    + "town's troubles",
            "Ana Ruiz said about 300 jobs will go when the plant closes.|about 300 jobs will go when the plant closes",
            "District 203 Superintendent Ana Ruiz said the plant will close in May.|the plant will close in May",
            "Ana Ruiz posted on Facebook that the plant will close in May.|the plant will close in May",
            "Ana Ruiz said in interviews the plant will close in May.|the plant will close in May",
            "Ana Ruiz met workers. Speaking in Harlow this morning she denied the plant will close in May.|the plant "
                    + "will close in May",
            "Ana Ruiz sought to calm the town, pointing out the plant will close in May.|the plant will close in May",
            "When she woke the next morning Ana Ruiz said the plant will close in May.|the plant will close in May"})
    void reportedClauseIsFoundWhereverItsCueAndSubjectStand(String text, String clause) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(clause, q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Poorer countries say the plant will close in May.|Poorer countries",
            "The tribes say the plant will close in May.|tribes",
            "Yet workers themselves who answered the survey said the plant will close in May.|workers",
            "The Centers for Medicare and Medicaid Services says the plant will close in May.|Centers for Medicare "
                    + "and Medicaid Services",
            "The Centers for Disease Control and Prevention says the plant will close in May.|Centers for Disease "
                    + "Control and Prevention",
            "60% say the plant will close in May.|60%",
            "The new research concludes that the plant will close in May.|new research",
            "Developing country participants say the plant will close in May.|Developing country participants",
            "The plant will close in May, investors say.|investors",
            "The petitioners claim the plant will close in May.|petitioners",
            "The plant will close in May, four people with knowledge of the matter told Reuters.|four people with "
                    + "knowledge of the matter",
            "Five delegates said the plant will close in May.|Five delegates",
            "Both men said the plant will close in May.|men",
            "The central bank said in a statement the plant will close in May.|central bank",
            "People familiar with the matter said the plant will close in May.|People familiar with the matter",
            "Sources close to the minister said the plant will close in May.|Sources close to the minister",
            "Those close to him say the plant will close in May.|Those close to him",
            "The plant will close in May, two people familiar with the plans said.|people familiar with the plans",
            "Nearly eight of 10 voters say the plant will close in May.|Nearly eight of 10 voters",
            "Two-thirds of respondents said the plant will close in May.|Two-thirds of respondents",
            "Most Americans say the plant will close in May.|Most Americans",
            "The report also found that the plant will close in May.|report",
            "A new report from the World Health Organisation says that the plant will close in May.|World Health "
                    + "Organisation",
            "A UN report published in 2019 warns that the plant will close in May.|UN",
            "Governor Ana Ruiz of Borno state has said the plant will close in May.|Ana Ruiz",
            "President Ana Ruiz’s office said the plant will close in May.|President Ana Ruiz’s office"})
    void groupsBodiesDocumentsAndOfficesReport(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plant will close in May", q.text().replaceFirst("^The", "the"));
        assertEquals(speaker, q.speakerName());
    }

    @Test
    void aNamePluralInFormIsNoGroup() {
        String text = "Bernie Sanders spoke in Iowa. Sanders said the plant will close in May.";
        assertEquals("Bernie Sanders", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void relativeClauseSetOffBetweenASubjectAndItsVerbsKeepsTheSubject() {
        String text = "The authors of the report, which include two charities, combed through the filings and found "
                + "the plant will close in May.";
        assertEquals("authors of the report", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz expressed concern that the plant will close in May.",
            "Ana Ruiz expresses hope that the plant will close in May.",
            "Ana Ruiz made it clear that the plant will close in May.",
            "Ana Ruiz has made clear that the plant will close in May.",
            "Ana Ruiz reaffirmed that the plant will close in May.",
            "Ana Ruiz boasts that the plant will close in May.",
            "Ana Ruiz has demanded that the plant will close in May.",
            "Ana Ruiz has judged that the plant will close in May."})
    void feelingOrEmphasisWithItsClauseIsReported(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plant will close in May", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void whenAGroupSpokeIsNotWhatItSaid() {
        String text = "The cut depends on Russia, delegates said on Thursday as the group gathered in Vienna.";
        assertTrue(extractor.extract(text).stream().noneMatch(q -> q.text().startsWith("as the group")),
                () -> extractor.extract(text).toString());
    }

    @Test
    void aPollIsNotOwnedByTheVotersItAsked() {
        String text = "Clinton leads by two points, according to a new Washington Post-ABC News poll. Nearly eight of "
                + "10 voters say they plan to tune in. The poll indicates a tightening race as the campaign goes on.";
        ExtractedQuote poll = extractor.extract(text).stream().filter(q -> "indicates".equals(q.cue())).findFirst()
                .orElseThrow();
        assertEquals("Washington Post-ABC News", poll.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The court heard Lucas acted shamefully after the stabbing.|The court heard",
            "Northampton Crown Court heard that Lucas acted shamefully after the stabbing.|Northampton Crown Court heard",
            "Lucas acted shamefully after the stabbing, the jury was told.|the jury was told",
            "Lucas acted shamefully after the stabbing, jurors have heard.|jurors have heard",
            "Lucas acted shamefully after the stabbing, councillors were told.|councillors were told",
            "The inquiry heard that Lucas acted shamefully after the stabbing.|The inquiry heard",
            "The court was told yesterday Lucas acted shamefully after the stabbing.|The court was told yesterday"})
    void whatACourtOrJuryHeardIsReportedWithNoSpeakerNamed(String text, String cue) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Lucas acted shamefully after the stabbing", q.text());
        assertEquals(cue, q.cue());
        assertNull(q.speakerName());
    }

    @Test
    void wordsTheJuryHeardFromANamedSpeakerAreHis() {
        String text = "Michael Francis, 30, denies murder. The jury were told Mr Francis said he went into town.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Michael Francis", q.speakerName());
        assertEquals("he went into town", q.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The jury was told by prosecutor Ian Lawrie KC that Lucas acted shamefully.|Ian Lawrie|prosecutor",
            "The jury was told by Ian Lawrie, prosecuting, that Lucas acted shamefully.|Ian Lawrie|prosecuting",
            "The court was told by police that Lucas acted shamefully.|police|"})
    void whatTheCourtWasToldBySomeoneIsTheirs(String text, String speaker, String description) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Lucas acted shamefully", q.text());
        assertEquals(speaker, q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The jury heard evidence from three witnesses over two days.",
            "Let's say you think an undergraduate degree will cost $160,000 in 18 years.",
            "The court heard a recording of the call made that night.",
            "The hearing was adjourned until Monday next week."})
    void whatACourtHeardWithoutAClauseIsNoReport(String text) {
        assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Crown appealed the sentence, arguing that the judge erred in law.|Crown|arguing",
            "Yahoo issued a statement early in the day saying the judge erred in law.|Yahoo|saying",
            "The CEO swotted away the question saying the judge erred in law.|CEO|saying",
            "Ana Ruiz sought a stay on her conviction contending that the judge erred in law.|Ana Ruiz|contending"})
    void participleAfterTheSubjectsOwnVerbReportsItsClause(String text, String speaker, String cue) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the judge erred in law", q.text());
        assertEquals(speaker, q.speakerName());
        assertEquals(cue, q.cue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It goes without saying that the plan is dead in the water now.",
            "It is worth noting that the plan is dead in the water now."})
    void idiomsWithAParticipleOfSayingReportNothing(String text) {
        assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The judge cautioned the commission against several requests for an adjournment.",
            "Police warned the opposition against mobilising the public to protest.",
            "Ana Ruiz pressed him on his failure to release his tax returns.",
            "Ana Ruiz called for cutting the tax rate to 28 percent.",
            "Ana Ruiz urged caution over the plan to close the plant.",
            "The first person directed Ana Ruiz and another man to unload the pallets into the van."})
    void whomSomeoneWarnedAgainstSomethingIsNoReport(String text) {
        assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz warned state elections officials to boost their election security.|warned|state elections "
                    + "officials to boost their election security",
            "Ana Ruiz has urged the Harlow government to investigate every aspect of the murder.|urged|the Harlow "
                    + "government to investigate every aspect of the murder",
            "Ana Ruiz called on the diplomats to follow the norms.|called on|the diplomats to follow the norms",
            "Ana Ruiz called for footage of the arrest to be released.|called for|footage of the arrest to be released",
            "Ana Ruiz asked reporters to leave the room at once.|asked|reporters to leave the room at once",
            "Ana Ruiz advised people with minor injuries to avoid the wards.|advised|people with minor injuries to "
                    + "avoid the wards",
            "Ana Ruiz urged residents in the valley to leave their homes.|urged|residents in the valley to leave their "
                    + "homes",
            "Ana Ruiz vowed to fight the ruling in court.|vowed|to fight the ruling in court",
            "Ana Ruiz pledged to resign if the vaccine was not safe.|pledged|to resign if the vaccine was not safe",
            "Ana Ruiz described the roughly hourlong call as “professional.”|described|the roughly hourlong call as "
                    + "“professional.”",
            "Ana Ruiz described the changes as minor tweaks to the timetable.|described|the changes as minor tweaks to "
                    + "the timetable",
            "Ana Ruiz praised the actress's “sensational talent” while Tom Alder sang.|praised|the actress's "
                    + "“sensational talent”",
            "Ana Ruiz called the actress the “go-to comedy actress for three generations.”|called|the actress the "
                    + "“go-to comedy actress for three generations.”",
            "Ana Ruiz has paid tribute to the “extraordinary grace” of the actress.|paid tribute|the “extraordinary "
                    + "grace” of the actress",
            "Ana Ruiz called on the authorities to “swiftly investigate the incident.”|called on|the authorities to "
                    + "“swiftly investigate the incident.”"})
    void whomSomeoneUrgedToActAndWhatToDoIsReported(String text, String cue, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(report, q.text());
        assertEquals(cue, q.cue());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz has denied claims that the killings were the result of ethnic clashes.|denied claims",
            "Ana Ruiz dismissed the claims that the killings were the result of ethnic clashes.|dismissed the claims",
            "Ana Ruiz refuted reports that the killings were the result of ethnic clashes.|refuted reports"})
    void claimSomeoneDeniedIsReportedWithTheDenialAsItsCue(String text, String cue) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the killings were the result of ethnic clashes", q.text());
        assertEquals(cue, q.cue());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void remindedTellsItsAudienceAReport() {
        List<ExtractedQuote> reports = ofKind("Ana Ruiz dismissed the claims that the vote was rigged and reminded Tom "
                + "Alder that he had backed her in 2017.", QuoteKind.INDIRECT);
        assertEquals(List.of("the vote was rigged", "he had backed her in 2017"),
                reports.stream().map(ExtractedQuote::text).toList());
    }

    @Test
    void documentSeenByAnOutletIsTheSourceAndTheOutletCited() {
        String text = "Police have arrested three men at the camp, according to an internal police report seen by AFP "
                + "Monday.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("AFP", q.citedOutlet());
        assertNotEquals("AFP", q.speakerName());
    }

    @Test
    void accountOfTheSourceOpeningTheSentenceOutranksAnOrderInsideIt() {
        String text = "According to police, officers saw Tom Alder get out of a car, and they ordered him to drop the "
                + "weapon.";
        assertEquals("police", only(text, QuoteKind.INDIRECT).speaker());
    }

    @Test
    void secondVerbOfARelativeClauseIsTheAntecedentsReport() {
        String text = "The video has become a focal point for demonstrators, who have taken to the streets and called "
                + "for footage to be released.";
        assertEquals("demonstrators", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We will fight,” Ana Ruiz said, adding that the plant will close in May.|adding",
            "“We will fight,” said union leader Ana Ruiz, saying the plant will close in May.|saying",
            "“We will fight,” Ana Ruiz told reporters on Monday, arguing the plant will close in May.|arguing"})
    void reportAddedAfterAQuotesAttributionIsTheQuotedSpeakers(String text, String cue) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plant will close in May", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(cue, q.cue());
    }

    @Test
    void outletNamedAfterItsKindClosesAReport() {
        ExtractedQuote q = only("Dhaka strongly rejected the remarks on Wednesday, reports news agency BSS.",
                QuoteKind.INDIRECT);
        assertEquals("BSS", q.speakerName());
        assertEquals("news agency", q.speakerDescription());
    }

    @ParameterizedTest
    @ValueSource(strings = {"“There is no evidence,” a foreign ministry statement said.",
            "“There is no evidence,” a Wednesday foreign ministry statement said."})
    void documentOfABodyNamedByItsKindIsThatBodys(String text) {
        assertEquals("foreign ministry", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz said nothing about the plant for hours.",
            "The company reported losses in every quarter of the year.",
            "Ana Ruiz complained about the noise of the plant all night.",
            "Everything Ana Ruiz says is a lie unless proven otherwise.",
            "Ana Ruiz told a young woman who asked about the plant to wait.",
            "Ana Ruiz posted a video of the plant on Instagram.",
            "PolitiFact rated 22% of Democratic claims as true."})
    void objectsAndRelativeClausesAfterACueAreNotReportedSpeech(String text) {
        assertTrue(extractor.extract(text).stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT),
                () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Union spokeswoman Ana Ruiz said the plant will close by the end of the year.|Ana Ruiz",
            "White House press secretary Ana Ruiz said the plant will close by the end of the year.|Ana Ruiz",
            "The union’s chief negotiator Ana Ruiz said the plant will close by the end of the year.|Ana Ruiz"})
    void roleBetweenAnOwnerAndANameLeavesTheNamedPersonAsSpeaker(String text, String name) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plant will close by the end of the year", q.text());
        assertEquals(name, q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We won,” Hillary Clinton’s campaign manager Robby Mook said.|Robby Mook",
            "“We won,” said NBC’s Dante Chinni.|Dante Chinni",
            "“We won,” Mr. Clarke’s lawyer said.|Mr. Clarke’s lawyer"})
    void personNamedAfterAnOwnerIsTheSpeakerAndAnOwnerAloneIsNot(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void resultsAreSortedAndMatchTheText() {
        String text = "“One,” she said. Ada Byrne says the plan is sound. “Two,” Byrne added. The “three” of them.";
        List<ExtractedQuote> quotes = extractor.extract(text);
        for (int i = 0; i < quotes.size(); i++) {
            ExtractedQuote q = quotes.get(i);
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            assertTrue(q.start() < q.end());
            assertTrue(i == 0 || quotes.get(i - 1).start() <= q.start());
        }
    }

    @Test
    void markupAttributeValuesAreNotQuotes() {
        String text = "<tweet tweet-date=\"the statement is accurate but needs clarification\">Read on.";
        assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
    }

    @Test
    void excerptIntroducedInThePassiveBelongsToItsAgent() {
        String text = "The pipeline fight goes on. As reported by the Daily Ledger:\n\n"
                + "\"Thousands of landowners could soon find themselves in the path of new pipelines.\"";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Daily Ledger", q.speakerName());
        assertEquals("reported", q.cue());
    }

    @Test
    void blockQuotedExcerptBelongsToTheOutletThatIntroducesIt() {
        String text = "The council vote drew wide coverage. The Daily Ledger reported:\n\n"
                + "\"The vote came after midnight. Members had argued for hours over the “parking question,” "
                + "a dispute that began in May.\n\n"
                + "\"By the end, only two members remained undecided.\"";
        ExtractedQuote first = find(text, "The vote came");
        ExtractedQuote second = find(text, "By the end");
        assertEquals("Daily Ledger", first.speakerName());
        assertEquals("reported", first.cue());
        assertEquals("Daily Ledger", second.speakerName(), "the excerpt's middle paragraph keeps its opener");
    }

    @Test
    void excerptIntroducedByAnAuthorNamesAuthorAndOutlet() {
        String text = "Council member Ivo Marsh disagreed. Marsh wrote in the Times:\n\n"
                + "\"The vote was rushed and the public was shut out of it.\"";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ivo Marsh", q.speakerName());
        assertEquals("Times", q.citedOutlet());
    }

    @Test
    void commonNounThatNamesNoOneIsLeftUnresolved() {
        String text = "On the form, in a box labeled “reason for visit,” a nurse had typed “routine check.”\n\n"
                + "\"The waiting room was full that morning.\" she said.";
        for (ExtractedQuote q : extractor.extract(text)) {
            assertTrue(q.speakerName() == null || !q.speakerName().equals("box"), q::toString);
        }
        assertNull(find(text, "reason for visit").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"the 34-year-old mother of three", "a former aide", "experts", "the crowd"})
    void roleAndGroupPhrasesStillResolve(String speaker) {
        String text = "Asked about the plan, " + speaker + " replied, “We are not leaving.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(speaker.replaceFirst("^(the|a) ", ""), q.speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jane Roe -- a former aide to the senator -- told me, “We knew it in March.”",
            "Jane Roe — a former aide to the senator — said, “We knew it in March.”",
            "“We knew it in March,” Jane Roe — a former aide to the senator — said.",
            "“We knew it in March,” Jane Roe -- a former aide to the senator -- told me."})
    void descriptionBetweenDashesSeparatesSpeakerFromCue(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Jane Roe", q.speakerName());
        assertEquals("a former aide to the senator", q.speakerDescription());
    }

    @Test
    void dashedDescriptionAfterAnAppositionKeepsTheNamedSpeaker() {
        String text = "Jane Roe, the head of Ora Media -- the firm that owns the station, and two others -- told me, "
                + "“We sell what people want to watch.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Jane Roe", q.speakerName());
        assertEquals("told", q.cue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Marcia \"Cia\" Price said, \"We have work to do.\"|Cia|Marcia Price",
            "\"We have work to do,\" Marcia “Cia” Price said.|Cia|Marcia Price",
            "\"We have work to do!\" her aunt, state Del. Marcia \"Cia\" Price (D-Hampton), shouted to the crowd.|Cia|"
                    + "Marcia Price",
            "“We have work to do,” Dwayne “The Rock” Johnson told THR.|The Rock|Dwayne Johnson"})
    void nicknameInsideANameIsNeitherAQuoteNorLostFromTheName(String text, String nickname, String name) {
        List<ExtractedQuote> quotes = extractor.extract(text);
        assertTrue(quotes.stream().noneMatch(q -> q.text().equals(nickname)), quotes::toString);
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(name, q.speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It reads a new page at the firm’s website titled “Store principles and how we review the apps.”",
            "Dawn published a story headlined “Act against militants or face isolation, civilians tell military.”",
            "The network aired a documentary entitled “All the men who ran the country for a decade.”"})
    void wordsAfterTitledOrHeadlinedAreATitle(String text) {
        assertEquals(List.of(), ofKind(text, QuoteKind.DIRECT));
    }

    @Test
    void nameAGroupCallsItselfIsNoDirectQuote() {
        String text = "His young fan base, who call themselves “Beliebers,” expressed disappointment.";
        assertEquals(List.of(), ofKind(text, QuoteKind.DIRECT));
    }

    @Test
    void wordsInMarksInsideATitleCaseHeadlineAreATitle() {
        String text = "Ana Ruiz Calls Tom Alder ‘A Disgrace’ Over Police";
        assertEquals("A Disgrace", only(text, QuoteKind.PARTIAL).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"Europe must defend itself,\" French President Jose\u0301 Hollande said Friday.",
            "\"Europe must defend itself,\" French President Fran\u00C3\u00A7ois Hollande said Friday.",
            "\"Europe must defend itself,\" said Ren\u00C3\u00A9 Hollande."})
    void nameWithDecomposedOrMisdecodedAccentStaysOneName(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertTrue(q.speakerName().endsWith(" Hollande") && q.speakerName().split(" ").length == 2, q::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Guests included Will Smith and Stevie Wonder, who joked of the museum, \"I haven't seen it yet.\"",
            "Stevie Wonder, who also joked, \"I haven't seen it yet.\""})
    void relativeClauseCueSpeaksForTheLastNameBeforeIt(String text) {
        assertEquals("Stevie Wonder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void surnameLaterExpandsToTheNameWrittenWithANickname() {
        String text = "Marcia \"Cia\" Price opened the meeting. Later Price added, \"We vote in May.\"";
        assertEquals("Marcia Price", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Protesters marching through the streets chanted, \"Open the park!\"",
            "Late on Friday, protesters marching toward the city hall chanted \"Open the park!\""})
    void participlePhraseDoesNotHideItsSubject(String text) {
        assertEquals("protesters", only(text, QuoteKind.DIRECT).speakerName().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void participleClauseWithAPronounKeepsThePronoun() {
        String text = "The agency is denouncing what it calls “a coordinated attack on our staff.”";
        ExtractedQuote q = find(text, "a coordinated attack");
        assertEquals("it", q.speaker());
    }

    @Test
    void sheSkipsTheLatestSpeakerWhenTheTextMakesHimAMan() {
        String text = "“We will appeal,” Ms. Ana Ruiz said. Tom Becker, a union lawyer, disagreed. "
                + "“The ruling stands,” Mr. Becker said. “We will still appeal,” she said.";
        assertEquals("Ana Ruiz", find(text, "We will still").speakerName());
    }

    @Test
    void heSkipsTheLatestSpeakerDescribedAsAWoman() {
        String text = "“The plant stays open,” said Omar Haddad. “Not for long,” said Lena Park, a spokeswoman for the "
                + "owners. “It stays open,” he said.";
        assertEquals("Omar Haddad", find(text, "It stays open").speakerName());
    }

    @Test
    void pronounTakesTheLatestSpeakerWhenTheTextGivesNoGender() {
        String text = "“We will appeal,” said Robin Ruiz. “The ruling stands,” said Quinn Becker. "
                + "“We will still appeal,” she said.";
        assertEquals("Quinn Becker", find(text, "We will still").speakerName());
    }

    @Test
    void commonFirstNameGivesTheGender() {
        String text = "“We will appeal,” said Ana Ruiz. “The ruling stands,” said Tom Becker. "
                + "“We will still appeal,” she said.";
        assertEquals("Ana Ruiz", find(text, "We will still").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“We lost,” said Omar Haddad. Republican presidential nominee Tom Becker made the pledge in Ohio. "
                    + "“We will win,” he said.",
            "“We lost,” said Omar Haddad. On Friday, Becker, who leads the party, spoke in Ohio. “We will win,” he said.",
            "“We lost,” said Omar Haddad. Party aide Tom Becker disagreed. He added: “We will win.”",
            "“We lost,” said Omar Haddad. Tom Becker’s aides disagreed. “We will win,” he said.",
            "“We lost,” said Omar Haddad. Ultimately, Tom Becker hopes to win. But right now, he trails. That worries "
                    + "his aides. “We will win,” he said."})
    void pronounMeansThePersonTheSentenceBeforeIsAbout(String text) {
        String withFullName = text.contains("Tom Becker") ? text : "Tom Becker joined the party in May. " + text;
        assertEquals("Tom Becker", find(withFullName, "We will win").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“We lost,” said Mike Haddad. The campaign of Tom Becker did not answer. “We will win,” he said.",
            "“We lost,” said Mike Haddad. “Tom Becker is wrong,” he said. “We will win,” he said."})
    void nameOutsideTheSubjectOrInsideAQuoteLeavesTheLatestSpeaker(String text) {
        assertEquals("Mike Haddad", find(text, "We will win").speakerName());
    }

    @Test
    void pronounPrefersAPersonOfItsGenderNamedSinceASpeakerOfUnknownGender() {
        String text = "“The bill fails,” said Robin Ruiz. The debate pitted Hillary Clinton against the bill. "
                + "“It is wrong,” she said.";
        assertEquals("Hillary Clinton", find(text, "It is wrong").speakerName());
    }

    @Test
    void nameOnceCalledSheIsNotWhomALaterHeMeans() {
        String text = "“We will win,” Trump said. “I would,” Melanie said to the TV. “You winning?” she asked. "
                + "“I love you,” he said.";
        assertEquals("Trump", find(text, "I love you").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Her head slathered with slime, Ana Ruiz has spent the afternoon at a Los Angeles beauty salon. "
                    + "“How we suffer for our art,” she says.",
            "“Talks are on,” said minister Ana Ruiz. “They are confidential,” she said when the moderator at the "
                    + "Harlow Economic Forum pressed her."})
    void nameModifyingANounAfterAnArticleIsNoPersonAPronounMeans(String text) {
        List<ExtractedQuote> quotes = ofKind(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", quotes.get(quotes.size() - 1).speakerName());
    }

    @Test
    void clausesReportedAfterAPronounsCueLeaveTheSentenceAboutItsSubject() {
        String text = "“I will deal with them one by one,” the mayor, Tom Alder, said.\n\n"
                + "He noted councillor Ana Ruiz was overseas, and councillor Omar Haddad was unwell.\n\n"
                + "He said councillor Mike Becker was recovering after surgery.\n\n"
                + "“I have just seen a photo of him.”";
        assertEquals("Tom Alder", find(text, "I have just seen").speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "McConnell aides met the envoy on Monday. But they said the sanctions got results.|McConnell aides",
            "The senators visited the border on Friday. They said the sanctions got results.|senators",
            "Protesters gathered outside the court. They said the sanctions got results.|Protesters",
            "Militants attacked the convoy because they said the sanctions got results.|Militants"})
    void theyIsTheGroupTheSentenceOrTheOneBeforeOpensWith(String text, String group) {
        assertEquals(group, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VW CEO warns war threatens outlook|Volkswagen AG Chief Executive Herbert Diess|Herbert Diess",
            "BOK chief says easing cycle to continue|Bank of Korea Gov. Rhee Chang-yong|Rhee Chang-yong",
            "The Democratic nominee says the plan will fail|Republican nominee Donald Trump|Democratic nominee",
            "A spokesman says the plan will fail|Chief Executive Ana Ruiz|spokesman"})
    void roleInAHeadlineIsThePersonTheLeadNamesWithIt(String headline, String named, String speaker) {
        String text = headline + "\n\n" + named + " said on Tuesday that the plan raised questions.\n";
        assertEquals(speaker, extractor.extract(text).get(0).speakerName());
    }

    @Test
    void roleNoOneBearsAfterAQuoteIsWhoeverSpokeInTheSentencesBefore() {
        String text = "“I did not see it coming,” Taylor Swift said of her win.\n\nA Nashvillean, she expressed surprise "
                + "at the result.\n\n“Country music is my love,” said the singer, who grew up in Pennsylvania.";
        assertEquals("Taylor Swift", find(text, "Country music").speakerName());
    }

    @Test
    void officeWithAFieldOfSeveralWordsEndsBeforeItsHoldersName() {
        String text = "Minister of Environmental Affairs Edena Molewa said the plan would save rhinos. “We are proud,” "
                + "Molewa said.";
        assertEquals("Edena Molewa", find(text, "We are proud").speakerName());
    }

    @Test
    void roleWithATeamOrPlaceIsTheCoachTheSentencesBeforeAreAbout() {
        String text = "Super Eagles coach, Eric Chelle, has played down the row, saying he dealt with it.\n\n"
                + "Meanwhile, the Eagles coach has praised the midfielder.\n\nThe former Mali coach said Iwobi has a big "
                + "IQ. “He smells football,” he said.";
        assertEquals("Eric Chelle", find(text, "Iwobi has a big").speakerName());
        assertEquals("Eric Chelle", find(text, "He smells football").speakerName());
    }

    @Test
    void yearBeforeARoleDoesNotKeepItFromItsBearer() {
        String text = "Former Idols SA winner Musa Sukwene talks love\n\nMusician Musa Sukwene is still single.\n\n"
                + "The 2013 Idols SA winner said he has been focusing on his album.";
        assertEquals("Musa Sukwene", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zanu PF spokesperson Cde Christopher Mutsvangwa said the party is united.|Cde Mutsvangwa|Christopher "
                    + "Mutsvangwa|Zanu PF spokesperson",
            "Interior CS Fred Okengo said the party is united.|the CS|Fred Okengo|Interior CS",
            "RC Paul Makonda said the party is united.|Makonda|Paul Makonda|RC",
            "Chief Executive John Lee Ka-chiu said the party is united.|John Lee|John Lee Ka-chiu|Chief Executive"})
    void titlesOfOtherPressesStandBeforeTheNameNotInIt(String lead, String later, String name, String role) {
        String text = lead + " “We are one,” " + later + " said.";
        ExtractedQuote q = find(text, "We are one");
        assertEquals(name, q.speakerName());
        assertEquals(role, q.speakerDescription());
    }

    @Test
    void surnameWrittenWithOrWithoutItsApostropheIsOneName() {
        String text = "Interior Cabinet Secretary Fred Matiang’i spoke on Monday. “We are ready,” Matiangi said.";
        assertEquals("Fred Matiang’i", find(text, "We are ready").speakerName());
    }

    @Test
    void givenNameSetInCapitalsOpeningALeadIsTheName() {
        String text = "LIZ Truss yesterday signalled a U-turn on the tax.\n\nThe Tory leadership frontrunner said a levy "
                + "was still possible. “We will act,” Miss Truss said.";
        assertEquals("Liz Truss", only(text, QuoteKind.INDIRECT).speakerName());
        assertEquals("Liz Truss", find(text, "We will act").speakerName());
    }

    @Test
    void quoteAfterASentenceAboutANamedPersonIsHersThoughTheParagraphGoesOn() {
        String text = "When asked how surgery affected her this year, Adele was open and honest. “It has been really "
                + "peaceful.” And as for that ex-boyfriend? “I think he would be happy for me.”";
        assertEquals("Adele", find(text, "It has been really").speakerName());
        assertEquals("Adele", find(text, "I think he would").speakerName());
    }

    @Test
    void quoteParagraphAfterTheSubjectShruggedSomethingOffIsHis() {
        String text = "Socceroo boss Ange Postecoglou spoke after the game.\n\nPostecoglou shrugged off the difficulties "
                + "of the draw.\n\n“The route to the final will be difficult.”";
        assertEquals("Ange Postecoglou", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Attorney General Paul Kihara Kariuki defended the bill. The AG said the court had no powers.|Paul Kihara "
                    + "Kariuki",
            "Chief Justice D Y Chandrachud heard the plea. The CJI said the court had no powers.|D Y Chandrachud"})
    void officesInitialsAfterTheDeterminerAreItsHolders(String text, String holder) {
        assertEquals(holder, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void personNamedInTheOccasionOfARoleIsNotItsBearer() {
        String text = "Crown prosecutor Nanette Rogers SC opened the case. Erin Patterson denies the charges.\n\n"
                + "The lead prosecutor in the Erin Patterson murder trial said the accused lied.";
        assertEquals("Nanette Rogers", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void quoteCarriedIntoAParagraphThatDoesNotReopenItsMarkEndsAtItsClosingMark() {
        String text = "Asked about the claim, the governor responded\n\n“Not investigating. This report is not true."
                + "\n\nAs far as I am concerned, I am very much in charge.” he said.\n\nThe talks went on.";
        List<ExtractedQuote> quotes = ofKind(text, QuoteKind.DIRECT);
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("As far as I am concerned, I am very much in charge.", quotes.get(1).text());
        assertEquals(quotes.get(0).speakerName(), quotes.get(1).speakerName());
    }

    @Test
    void nameWithItsGenerationIsTheFullNameOfThatGeneration() {
        String text = "Senator Mutula Kilonzo Junior backs the rules. “The proper procedure is a bond,” says Mutula Jr.";
        assertEquals("Mutula Kilonzo Junior", only(text, QuoteKind.DIRECT).speakerName());
        String surname = "Norm Jary Jr. spoke at the funeral. “He was ready to go,” Jary Jr. said.";
        assertEquals("Norm Jary Jr.", only(surname, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The UN Security Council met on Monday. “We condemn the attack,” the Council said.|UN Security Council",
            "The UN Security Council condemned the attack. “We condemn the attack,” the statement said.|UN Security "
                    + "Council"})
    void bodysShortNameOrItsStatementIsTheBodyNamedInFull(String text, String body) {
        assertEquals(body, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void documentOfABodyByItsNounIsTheBodyNamedBefore() {
        String text = "The Harlow District Court ordered his arrest on Saturday.\n\nThe court statement described the "
                + "man as a “former paratrooper and musician.”";
        assertEquals("Harlow District Court", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void releaseOfAGroupThatSpokeIsTheGroups() {
        String text = "SummerFall bosses released a statement, insisting promoters met all their obligations.\n\n"
                + "The release continues: “We are still investigating the cancellation.”";
        assertEquals("SummerFall bosses", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void reportJoinedByAndAfterAQuotesCueIsTheSpeakers() {
        String text = "Ana Ruiz spoke for an hour. “The last government sold gas at a loss,” she said and added that "
                + "such subsidies could ruin the country.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("such subsidies could ruin the country", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("added", q.cue());
    }

    @Test
    void reportAddedAfterARunInQuoteIsNotAlsoGivenToTheSentencesOpening() {
        String text = "Inflation expectations “are not getting out of hand,” Evans said, adding that his worry is the "
                + "target.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Evans", q.speakerName());
    }

    @Test
    void reportAddedAfterAQuoteOfSeveralSentencesIsFound() {
        String text = "“The slump will last. There is no sign of relief,” Evans added, saying the downturn was likely "
                + "to be “longer and harder fought” than expected.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the downturn was likely to be “longer and harder fought” than expected", q.text());
        assertEquals("Evans", q.speakerName());
    }

    @Test
    void paragraphThatIsOnlyANameHeadsTheQuotesUnderIt() {
        String text = "Pep Guardiola\n\n“Was it the perfect start? Yes,” said Guardiola.\n\nManuel Pellegrini\n\n"
                + "“In the first 45 minutes we played well.\n\n“We were very unlucky with the first goal.”";
        assertEquals("Manuel Pellegrini", find(text, "In the first 45").speakerName());
        assertEquals("Manuel Pellegrini", find(text, "We were very unlucky").speakerName());
    }

    @Test
    void singlePersonPronounIsNeverAGroup() {
        String text = "“We will appeal,” said Tom Becker. Protesters outside chanted, “Shame!” “It is not over,” he said.";
        assertEquals("Tom Becker", find(text, "It is not over").speakerName());
    }

    @Test
    void excerptIntroducedAfterADateTakesTheSubjectOfTheColonSentence() {
        String text = "On May 3, 2019, Ruiz made the following statement:\n\n“The budget is balanced for the first time.”";
        assertEquals("Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz met Omar Haddad. In speeches, Ruiz and Haddad call them “paper tigers”.|paper tigers|Ana Ruiz and Omar Haddad",
            "Another critic, Jonas Pike, likened the tariffs to “taxing your own kitchen”.|taxing your own kitchen|Jonas Pike",
            "Senator Ruth Calder has used the phrase “fiscal cliff diving” for years.|fiscal cliff diving|Ruth Calder",
            "At rallies, Dana Whitfield calls her “the senator from nowhere” to cheers.|the senator from nowhere|Dana Whitfield",
            "On the chart, a doctor had typed “stable overnight.”|stable overnight.|doctor",
            "It was a deal that Mayor Ellen Park described as “a gift to nobody” at the time.|a gift to nobody|Ellen Park"})
    void phraseThatIsAllOfANamingVerbsComplementIsTheSubjectsDirectQuote(String text, String quote, String speaker) {
        ExtractedQuote q = find(text, quote);
        assertEquals(QuoteKind.DIRECT, q.kind(), q::toString);
        assertEquals(quote, q.text());
        assertEquals(speaker, q.speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mayor Ellen Park called the audit a “witch hunt” on Monday.",
            "Critics call it Park’s “witch hunt” and move on.",
            "The forms were labeled “witch hunt” and sent back.",
            "She met the striker nicknamed “witch hunt” at the airport.",
            "The audit, compared to “witch hunt” by some, went ahead.",
            "A paper titled “witch hunt” by Lena Brandt came out in May."})
    void namingVerbWithPartOfTheComplementOutsideTheMarksOrNoAgentLeavesAPartialQuote(String text) {
        assertEquals(QuoteKind.PARTIAL, find(text, "witch hunt").kind());
    }

    @Test
    void perfectTenseCueKeepsItsSubject() {
        String text = "Asked about the storm, Ana Ruiz had warned, “Winter will be hard.”";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void lowerCaseParticleStaysInsideTheName() {
        String text = "Mayor Lena de Vries said, “The bridge stays open.” Lena Brandt was not asked.";
        assertEquals("Lena de Vries", find(text, "The bridge").speakerName());
    }

    @Test
    void sentenceInsideABlockQuotedParagraphTakesItsOwnSubject() {
        String text = "The Ledger reported:\n\n\"Ana Ruiz walked onto the stage, chanting “Four more years!”\"";
        assertEquals("Ana Ruiz", find(text, "Four more years").speakerName());
    }

    @Test
    void reportWithoutANamedOwnerIsNotGivenToACommonNoun() {
        String text = "“We will comply,” the company said. Regulators were unconvinced. "
                + "“Filings were late in every quarter,” the report says.";
        assertEquals("report", find(text, "Filings").speakerName());
    }

    @Test
    void colonSentenceNamingTheWordsAuthorGivesThatSpeaker() {
        String text = "Ana Ruiz spoke in May. The doubts grow when one reads this remark by Ruiz on June 3:\n\n"
                + "“We will cut every tax there is.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ruiz", q.speaker());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void invertedCueAfterAQuestionKeepsItsLongApposition() {
        String text = "“Who do you trust to make decisions on your behalf?” said Dana Whitfield, the architect of the "
                + "governor's 2018 campaign and a close aide in the years since.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Dana Whitfield", q.speakerName());
        assertTrue(q.speakerDescription().startsWith("the architect"), q::toString);
    }

    @Test
    void partyTagWithAStateAbbreviationStaysWithTheNameInReportedSpeech() {
        String text = "Sen. Ana Ruiz (R-Ga.) said the plan would fail in the Senate this year.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertTrue(q.text().startsWith("the plan would fail"), q::toString);
    }

    @Test
    void quoteAfterReportedSpeechInItsParagraphContinuesThatSpeaker() {
        String text = "Adam Ruiz said the talks had stalled over the weekend. “The other side never showed up.”";
        assertEquals("Adam Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void longQuoteInsideReportedSpeechBelongsToTheReportedSpeaker() {
        String text = "Mayor Ana Ruiz said the agency wants the program to end because “there are no safeguards "
                + "that can be put in place to ensure it works.”";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void nameAfterTheLastTitleOfALongRunIsTheFullName() {
        String text = "Italian Prime Minister Marco Bellini said, “We will not follow a script.”";
        assertEquals("Marco Bellini", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void roleAfterAProperAdjectiveIsTheRoleNotThePlace() {
        String text = "“We will win this state,” the Vermont senator said.";
        assertEquals("Vermont senator", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void relativeClauseWithAnAppositionNamesItsSubject() {
        String text = "Perhaps it is fitting, given the fine -- which the bank's chief executive, Lena Brandt, "
                + "called “pure politics” -- that the bank paid at once.";
        ExtractedQuote q = find(text, "pure politics");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Lena Brandt", q.speakerName());
    }

    @Test
    void sentenceSetOffByDashesAfterANameIsThatPersonsQuote() {
        String text = "Others agreed, including the former governor Ana Ruiz -- \"It is a mistake to hide the numbers\" "
                + "-- and two of her aides.";
        assertEquals("Ana Ruiz", find(text, "It is a mistake").speakerName());
        String remark = "He treated the remark as a compliment -- \"That makes me smart\" -- and moved on.";
        assertNull(find(remark, "That makes").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "North Korea said the talks had failed.",
            "The Washington Post reported that the talks had failed.",
            "The talks were held in New Mexico.",
            "Diplomats compared the talks to the last days of World War II."})
    void pronounResolvesToAPersonNotToACountryOrOutletNamedSince(String between) {
        String text = "Ambassador Tomas Brandt met the envoys on Monday. " + between
                + " “We will not give up,” he said.";
        assertEquals("Tomas Brandt", find(text, "We will not").speakerName());
    }

    @Test
    void countryStillSpeaksForItselfAndTitledSurnameIsAPerson() {
        String text = "“We will answer,” North Korea said. Mayor Okafor toured the flooded streets of New Haven. "
                + "“It will take a year,” he said.";
        assertEquals("North Korea", find(text, "We will answer").speakerName());
        assertEquals("Okafor", find(text, "It will take").speakerName());
    }

    @Test
    void loneSurnameGoesToTheFullNameMostOftenGivenAsSpeaker() {
        String text = "Senator Marcus Reyes won the primary. “We earned this,” Reyes said. “The count is final,” "
                + "Reyes added. His wife, Elena Reyes, stood beside him. “I am proud of her,” Reyes said.";
        assertEquals("Marcus Reyes", find(text, "I am proud").speakerName());
    }

    @Test
    void loneSurnameWithNoSpeakerYetGoesToTheFullNameWrittenMostThenTheLatest() {
        String mostWritten = "Paulo Mendes founded the firm in 1990, and Paulo Mendes still runs it. His daughter, "
                + "Rita Mendes, joined in 2015. “We grow slowly,” Mendes said.";
        assertEquals("Paulo Mendes", find(mostWritten, "We grow").speakerName());
        String tie = "Paulo Mendes founded the firm in 1990. Rita Mendes runs it now. “We grow slowly,” Mendes said.";
        assertEquals("Rita Mendes", find(tie, "We grow").speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "According to police, the suspect fled on foot toward the river.|police",
            "But according to court documents, the suspect fled on foot toward the river.|court documents",
            "According to a Harlow Bureau estimate released Monday, the suspect fled on foot toward the river."
                    + "|Harlow Bureau",
            "According to a new report by the Ledger, the suspect fled on foot toward the river.|Ledger",
            "The suspect fled on foot toward the river, according to police.|police"})
    void accordingToNamesTheSourceOfTheSentence(String text, String name) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertTrue(q.text().toLowerCase(java.util.Locale.ROOT).startsWith("the suspect fled on foot"), q::toString);
        assertEquals(name, q.speakerName());
        assertEquals("according to", q.cue());
    }

    @Test
    void accordingToPlanNamesNoSource() {
        assertTrue(extractor.extract("The launch went ahead on Monday morning, according to plan.").isEmpty());
    }

    @Test
    void reportInsideAnAccordingToSentenceIsTheSpeakersWithTheOutletCited() {
        String text = "According to the Ledger, campaign spokesman Jon Okafor said Friday that if his candidate won, "
                + "she would sign the bill.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("if his candidate won, she would sign the bill", q.text());
        assertEquals("Jon Okafor", q.speakerName());
        assertEquals("campaign spokesman", q.speakerDescription());
        assertEquals("Ledger", q.citedOutlet());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz, however, said the plan would fail this year.",
            "Ana Ruiz, in a statement, said the plan would fail this year."})
    void wordsAboutTheSayingAreNoDescriptionOfTheSpeaker(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertNull(q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Prime Minister, Ana Ruiz, said: “We will not be deflected.”|Prime Minister",
            "Federal Reserve Chair Ana Ruiz told reporters: “We will not be deflected.”|Federal Reserve Chair",
            "Police spokeswoman Ana Ruiz said: “We will not be deflected.”|Police spokeswoman",
            "Mrs. Ana Ruiz said: “We will not be deflected.”|",
            "“We will not be deflected,” said coach Ana Ruiz, 45.|coach, 45",
            "Head coach Ana Ruiz, who took over in May, said: “We will not be deflected.”|Head coach, who took over in May",
            "Rep. Ana Ruiz, the panel's ranking Democrat, said: “We will not be deflected.”|the panel's ranking Democrat",
            "Senate Majority Leader Ana Ruiz, R-Ky., said: “We will not be deflected.”|Senate Majority Leader, R-Ky"})
    void roleWrittenBeforeOrAroundTheNameIsTheDescription(String text, String description) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @Test
    void roleBeforeANameWithAnAppositionResolvesTheRoleNounLater() {
        String text = "Barrister Ana Ruiz KC, who leads the prosecution, told the jury the case was a puzzle.\n\n"
                + "The prosecution barrister added that the coincidences were too many.";
        List<ExtractedQuote> reports = new QuoteExtractor().extract(text);
        assertEquals(2, reports.size(), reports::toString);
        assertEquals("Ana Ruiz", reports.get(1).speakerName());
        assertEquals("Barrister, who leads the prosecution", reports.get(1).speakerDescription());
    }

    @Test
    void titleGivenAtFirstMentionDescribesLaterQuotesAndResolvesTheRoleNoun() {
        String text = "Sen. Ana Ruiz opened the hearing on Tuesday.\n\n“We are not done,” the senator said.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("Sen.", q.speakerDescription());
    }

    @Test
    void titleGivenOnlyInAPossessiveResolvesTheTitleAfterADeterminer() {
        String text = "That is Premier Ana Ruiz's message to visitors.\n\n“Stay home,” the premier told reporters.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void quoteResumedInLowerCaseAfterAnInterruptingAttributionIsStillDirect() {
        String text = "“I think it is fair to say,” added Ana Ruiz, a state senator, “that the votes are not there.”";
        ExtractedQuote resumed = find(text, "that the votes");
        assertEquals(QuoteKind.DIRECT, resumed.kind());
        assertEquals("Ana Ruiz", resumed.speakerName());
    }

    @Test
    void sentenceAfterAClosedQuoteInTheSameParagraphIsReadForReportedSpeech() {
        String text = "“We are thrilled,” said Tom Baker. “It has been a long road.” Baker, who founded the firm, "
                + "said the deal would close in March.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the deal would close in March", q.text());
        assertEquals("Tom Baker", q.speakerName());
    }

    @Test
    void reportedClauseKeepsTheQuoteMarksItOpensOrCloses() {
        String closing = "Ana Ruiz added that inflation remained “too high.”";
        assertEquals("inflation remained “too high.”", only(closing, QuoteKind.INDIRECT).text());
        String opening = "Ana Ruiz said at a rally in Toledo that “a bomb” had gone off downtown.";
        assertEquals("“a bomb” had gone off downtown", only(opening, QuoteKind.INDIRECT).text());
    }

    @Test
    void subjectIsFoundPastSeveralOpeningPhrases() {
        String text = "Following the first reports, but before officials had said anything, Adam Ruiz spoke at a "
                + "rally.\n\n“I must tell you that a bomb went off,” he said.";
        assertEquals("Adam Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void namesInATitleCaseHeadlineDoNotRunIntoTheWordsAfterThem() {
        String text = "Lopez Warns Of ‘Hard Winter’ Ahead\n\n“It will be hard,” President Lopez said.";
        assertEquals("Lopez", find(text, "It will be hard").speakerName());
    }

    @Test
    void surnameIsNotExpandedToALaterNameOfTheOtherGender() {
        String text = "“It is about me,” President Ruiz said.\n\nMr. Ruiz spoke for an hour. His wife, Ana Ruiz, "
                + "stood beside him.";
        assertEquals("Ruiz", find(text, "It is about me").speakerName());
        String headline = "“It is about me,” Ruiz said.\n\nAdam Ruiz spoke for an hour.";
        assertEquals("Adam Ruiz", find(headline, "It is about me").speakerName());
    }

    @Test
    void documentSpeaksForTheInstitutionNamedBeforeIt() {
        String text = "“Growth will slow,” the IMF report says.";
        assertEquals("IMF", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void pronounMeansThePersonNamedAfterARoleOpeningTheSentenceBefore() {
        String text = "Dr. Ana Okafor has studied the outbreak since March. Her colleague, Dr. Lee Chen, was more "
                + "cautious. He said the data were incomplete.";
        assertEquals("Lee Chen", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void roleNounDoesNotMatchAnotherRankOrSomeoneElsesRole() {
        String vice = "Vice President Adam Ruiz spoke first.\n\n“We are not done,” the president said.";
        assertEquals("president", only(vice, QuoteKind.DIRECT).speakerName());
        String owned = "Ana Ruiz, a lawyer for the city, spoke first. Tom Baker was jailed on Monday. His lawyer said "
                + "he would not answer any questions.";
        assertEquals("Tom Baker's lawyer", find(owned, "he would not").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tom Baker was jailed on Monday. His lawyer, Ana Ruiz, filed an appeal.¶“We will fight this,” his lawyer "
                    + "said.",
            "Their lawyer Ana Ruiz filed an appeal on Monday.¶“We will fight this,” their lawyer said."})
    void ownedRoleIsWhoeverTheSameOwnedRoleNamedBefore(String text) {
        assertEquals("Ana Ruiz", only(text.replace("¶", "\n\n"), QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bill Alder, the singer best known for Lovely Day, has died at the age of 81, his family has said.",
            "Bill Alder has died at the age of 81.¶Alder’s family said he had died at the age of 81."})
    void familyOfTheManTheReportIsAboutIsHis(String text) {
        assertEquals("Bill Alder's family", only(text.replace("¶", "\n\n"), QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void familyOrStatementOfSomeoneNamedBeforeIsTheirs() {
        String text = "Trefor Jones, 74, died on Monday.\n\nHis devastated family have released a statement through "
                + "the police.\n\nThe statement said: “Trefor was a loving husband.”\n\n“He will be missed,” her "
                + "husband said.\n\nMr Jones was a teacher.";
        assertEquals("Trefor Jones's family", find(text, "Trefor was").speakerName());
        assertEquals("husband", find(text, "He will be").speakerName());
    }

    @Test
    void fragmentAfterAPhrasalCueIsItsSubjects() {
        String text = "Ann Lee called it “reckless,” but as Tom Becker went on about “hidden costs,” she left.";
        assertEquals("Tom Becker", find(text, "hidden costs").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shot back", "fired back", "chimed in"})
    void cueWithItsParticleAttributesTheQuote(String cue) {
        String text = "“That is not true,” Rosa Diaz " + cue + ".";
        assertEquals("Rosa Diaz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"“We lost,” said party spokesman Tom Alder. “We won,” a spokesman said.",
            "“We lost,” said Councillor Tom Alder. “We won,” one councillor said."})
    void roleWithAnIndefiniteArticleIsSomeoneNew(String text) {
        assertEquals(List.of("Tom Alder"), ofKind(text, QuoteKind.DIRECT).stream().map(ExtractedQuote::speakerName)
                .filter("Tom Alder"::equals).toList());
    }

    @Test
    void partyAndStateSetOffWithoutAnArticleDescribeTheNameBeforeThem() {
        String text = "House Speaker Tom Alder spoke on Thursday. “I think we will,” Mr. Alder, Wisconsin Republican, said.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Tom Alder", q.speakerName());
        assertEquals("Wisconsin Republican", q.speakerDescription());
    }

    @Test
    void radioStationByItsFrequencyIsTheAudienceOfTold() {
        String text = "Tom Alder made the claim again.\n\nThe party’s Omar Ruiz told 702 the message to leaders such as "
                + "Alder was clear.\n\n\"Let's focus on the election.\"\n\nHe says the claims can be dealt with.";
        assertEquals("the message to leaders such as Alder was clear", find(text, "the message").text());
        assertEquals("Omar Ruiz", find(text, "Let's focus").speakerName());
        assertEquals("Omar Ruiz", find(text, "the claims can").speakerName());
    }

    @Test
    void nameWithItsVerbAfterToldsAudienceOpensTheReport() {
        String text = "Ms Ruiz told the radio station Fianna Fáil cannot be trusted.\n\n“They took credit for it all.”";
        ExtractedQuote report = only(text, QuoteKind.INDIRECT);
        assertEquals("Fianna Fáil cannot be trusted", report.text());
        assertNull(report.citedOutlet());
        assertEquals("Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rosa Diaz began.", "she began.", "Diaz begins."})
    void beginningEndingTheSentenceIsACueAndItsSpeakerGoesOnInTheNextParagraphs(String cue) {
        String text = "Rosa Diaz took the stage.\n\n“Good evening,” " + cue + "\n\n“I won't keep you long.\n\n"
                + "“Tonight we listen.”";
        assertEquals(List.of("Rosa Diaz", "Rosa Diaz", "Rosa Diaz"),
                ofKind(text, QuoteKind.DIRECT).stream().map(ExtractedQuote::speakerName).toList());
    }

    @Test
    void surnameSpelledLikeACueIsAName() {
        String text = "“The way the person was driving made me believe it,” Ms Read told the police officers.";
        assertEquals("Read", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void audienceOfToldAfterAQuestionIsNoSpeaker() {
        String text = "“Is this true?” Alder, a Republican, told reporters. “It is not.”";
        assertEquals(List.of("Alder", "Alder"),
                ofKind(text, QuoteKind.DIRECT).stream().map(ExtractedQuote::speakerName).toList());
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty());
    }

    @Test
    void participleOfShoutingAttributesToTheSubject() {
        String text = "During the protests, MP Ana Ruiz was heard shouting, “I am seeking your apology.”";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"emailed me from her home", "texted", "laughs", "shrugged", "challenged"})
    void cueOfMannerOrMediumAttributesTheQuote(String cue) {
        String text = "“That is not true,” Rosa Diaz, a climate scientist at Harlow College, " + cue + ".";
        assertEquals("Rosa Diaz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void introductoryWordsAreNoPartOfTheSpeakersName() {
        assertEquals("Rosa Diaz",
                only("Shortly afterwards, Rosa Diaz said the talks would resume soon.", QuoteKind.INDIRECT).speakerName());
        String text = "To Mary and Tom Diaz, the grass is too sparse. “How could they get it so wrong?” Mary tells me.";
        assertEquals("Mary Diaz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void surnameBeforeWhereThePersonWorksSpeaks() {
        String text = "“Ice is melting,” said Eric Rignot from NASA. As Rignot from NASA says: “Nature is testing us.”";
        assertEquals("Eric Rignot", find(text, "Nature is").speakerName());
    }

    @Test
    void statementFromAnInstitutionIsThatInstitutions() {
        String text = "“The numbers speak for themselves,” according to a statement from the Harlow Bureau.";
        assertEquals("Harlow Bureau", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void pronounMeansThePersonNamedAfterSomeonesRole() {
        String text = "Peter Kline has lived in the town for 40 years. Kline's neighbor, Rosa Diaz, disagreed. "
                + "“It's fine,” she said.";
        assertEquals("Rosa Diaz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void pronounInsideASentenceWithNoPersonAsSubjectMeansThePersonItNamed() {
        String text = "Mr. Okafor hosted the show. Voters seized upon Mr. Brandt's TV appearance, in which he said he "
                + "was skeptical of the findings.";
        assertEquals("Brandt", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Ledger quoted Ana Ruiz as saying that the plant would close in May.|Ledger",
            "State broadcaster HTV quoted Ana Ruiz as saying the plant would close in May.|HTV",
            "Ana Ruiz was quoted by the Ledger as saying that the plant would close in May.|Ledger",
            "Ana Ruiz was quoted as saying that the plant would close in May.|"})
    void personQuotedAsSayingSpeaksAndTheOneQuotingIsTheOutlet(String text, String outlet) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plant would close in May", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(outlet, q.citedOutlet());
    }

    @Test
    void directQuoteAfterQuotedAsSayingIsThePersonQuoted() {
        String text = "State broadcaster HTV quoted President Ana Ruiz as saying: “We will respond.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("HTV", q.citedOutlet());
    }

    @Test
    void pluralPossessiveInsideASingleQuotedQuoteDoesNotCloseIt() {
        String text = "'It's the Government's fault, not the councils',' said Sarah Jones. 'We warned them.'";
        ExtractedQuote q = find(text, "It's the");
        assertEquals("It's the Government's fault, not the councils',", q.text());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Sarah Jones", q.speakerName());
    }

    @Test
    void spacesInsideGuillemetsAreNotPartOfTheQuote() {
        String text = "Le ministre Paul Morel a dit : « Nous ne céderons pas. » Ana Ruiz said the plan was "
                + "« une erreur ».";
        assertTrue(extractor.extract(text).stream().anyMatch(q -> q.text().equals("Nous ne céderons pas.")),
                () -> extractor.extract(text).toString());
        assertEquals(QuoteKind.PARTIAL, find(text, "une erreur").kind());
        assertEquals("une erreur", find(text, "une erreur").text());
    }

    @Test
    void personIntroducedWithARoleRightBeforeAQuoteIsItsPronounsReferent() {
        String text = "“Turnout will decide it,” said Tom Baker, a pollster.\n\nWhile the rally drew a crowd, the "
                + "silence of the unions is something that worries Henry Okafor, president of the county caucus.\n\n"
                + "“No one is knocking on doors,” he said.";
        assertEquals("Henry Okafor", find(text, "No one is").speakerName());
        String attribution = "The council met on Monday, sources said. “The vote is final,” they said.";
        assertNull(find(attribution, "The vote").speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A spokeswoman for Sen. Ana Ruiz said the senator would vote against the bill."
                    + "|spokeswoman for Sen. Ana Ruiz",
            "The wife of Adam Ruiz said the senator would vote against the bill.|wife of Adam Ruiz",
            "Officials at the Harlow Bureau, speaking on condition of anonymity, said the senator would vote against "
                    + "the bill.|Officials at the Harlow Bureau"})
    void roleServingOrGroupWorkingSomewhereIsTheSpeakerNotThePersonNamed(String text, String name) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the senator would vote against the bill", q.text());
        assertEquals(name, q.speakerName());
    }

    @Test
    void audienceOfToldEndsAtTheClauseAndIsTheOutlet() {
        String text = "The shadow chancellor told the BBC the plan was reckless and would fail.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plan was reckless and would fail", q.text());
        assertEquals("BBC", q.citedOutlet());
    }

    @Test
    void adverbBeforeTheCueEndsTheSubject() {
        String text = "Mayor Ana Ruiz spoke on Monday. The mayor also said there had been no credible threats.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void roleNounWithAPartyMatchesOnlyThatParty() {
        String text = "Democratic vice presidential nominee Adam Ruiz spoke first.\n\n“We are not done,” the "
                + "Republican nominee said.";
        assertEquals("Republican nominee", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void personsDocumentSpeaksForThePerson() {
        String text = "White House counsel Adam Ruiz wrote that the request was too broad.\n\nRuiz's letter added: "
                + "“We will cooperate in good faith.”";
        ExtractedQuote direct = only(text, QuoteKind.DIRECT);
        assertEquals("Adam Ruiz", direct.speakerName());
        assertEquals("White House counsel", direct.speakerDescription());
        assertEquals("Adam Ruiz", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void appositionGivenWithAQuoteOutranksATitleForLaterQuotes() {
        String text = "“They are hiding something,” said Rep. Adam Ruiz (R-Ky.), chairman of the oversight panel. "
                + "Ruiz said his panel would subpoena the documents.";
        assertEquals("chairman of the oversight panel", only(text, QuoteKind.INDIRECT).speakerDescription());
    }

    @Test
    void capitalizedPrepositionOpeningASentenceIsNoPartOfAName() {
        String text = "Hillary Ruiz spoke in May. Under Mrs. Ruiz's plan, taxes rise. “It is fair,” Mrs. Ruiz said.";
        assertEquals("Hillary Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LONDON (Ledger) - Prime Minister Ana Ruiz said on Monday that the government would not raise taxes, as "
                    + "she sought to calm markets.",
            "HARLOW — Prime Minister Ana Ruiz said last year that the government would not raise taxes.",
            "(HARLOW) -- Prime Minister Ana Ruiz said last year that the government would not raise taxes.",
            "PORT ELLEN, Scotland (Ledger) - Prime Minister Ana Ruiz said that the government would not raise taxes.",
            "HARLOW, Essex, Dec. 4 (TV 9) -- Prime Minister Ana Ruiz said that the government would not raise taxes.",
            "HARLOW (Ledger News / Wire - 04th June, 2020) - Prime Minister Ana Ruiz said that the government would "
                    + "not raise taxes.",
            "HARLOW, (Ledger/Wire) — Prime Minister Ana Ruiz said that the government would not raise taxes.",
            "(Ledger) - Prime Minister Ana Ruiz said that the government would not raise taxes.",
            "Harlow, Sep 15 (LNS) Prime Minister Ana Ruiz said that the government would not raise taxes.",
            "Port Ellen [Scotland], November 30 (LNS): Prime Minister Ana Ruiz said the government would not raise "
                    + "taxes."})
    void datelineOpeningTheTextIsPassedToReachTheSubject(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the government would not raise taxes", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("Prime Minister", q.speakerDescription());
    }

    @Test
    void participlePhraseAfterTheNameIsNoDescription() {
        String text = "Finance minister Adam Ruiz, speaking at a conference in Harlow, said: “There will be no cuts.”";
        assertEquals("Finance minister", only(text, QuoteKind.DIRECT).speakerDescription());
    }

    @Test
    void appositionAfterAnAccordingToSourceDescribesIt() {
        String text = "According to the Ledger, a state-run tabloid, the measures could take effect next month.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the measures could take effect next month", q.text());
        assertEquals("Ledger", q.speakerName());
        assertEquals("a state-run tabloid", q.speakerDescription());
    }

    @Test
    void loneSurnameSetOffByAParticipleIsTheSubjectAPronounMeans() {
        String text = "Okafor, speaking to supporters in Ohio, repeated his claim.\n\n“We won by a lot,” he said.";
        assertEquals("Okafor", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Adam Okafor spoke in Ohio. He repeated his claim that the election was rigged.|Adam Okafor",
            "Critics seized on Okafor's claim that the election was rigged.|Okafor"})
    void claimOwnedBySomeoneIsTheirReportedSpeech(String text, String name) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the election was rigged", q.text());
        assertEquals(name, q.speakerName());
    }

    @Test
    void claimInAnOpeningPhraseEndsAtItsCommaAndAPronounOwnerIsLeft() {
        String text = "Contrary to his claim that people would learn nothing, there would be a wealth of information.";
        assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
        String owned = "Contrary to Okafor's claim that people would ''learn nothing,'' there would be much to learn.";
        assertEquals("people would ''learn nothing,''", only(owned, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“The suspect fled on foot,” according to police.|police",
            "“The suspect fled on foot,” according to court documents.|court documents"})
    void quoteClosedByAccordingToABareSourceIsThatSources(String text, String name) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(name, q.speakerName());
        assertEquals("according to", q.cue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We will appeal,” a lawyer for the family said.|lawyer for the family",
            "“It is over,” said Kelly.|Kelly",
            "“It is over,” Megyn Kelly said.|Megyn Kelly"})
    void wordsEndingInLyAreNotAlwaysAdverbs(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz had told investigators the plant would close in May.",
            "Ana Ruiz has said the plant would close in May.",
            "Ana Ruiz would later say the plant would close in May."})
    void auxiliaryBeforeTheCueKeepsTheSubject(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plant would close in May", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The archive, Ana Ruiz said, was never complete.|The archive, Ana Ruiz said, was never complete",
            "Too often, Ana Ruiz argued, the board ignores the workers.|Too often, Ana Ruiz argued, the board ignores the "
                    + "workers",
            "The plant will close by May, Ana Ruiz said, and the union plans a strike.|The plant will close by May",
            "The fifth plant paid 9 percent, Ana Ruiz said in a June report, and the others paid less.|The fifth plant "
                    + "paid 9 percent"})
    void attributionSetOffInsideReportedSpeechKeepsTheReport(String text, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(report, q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void groupSetOffInsideReportedSpeechKeepsWhomItWorksFor() {
        String text = "But in recent days, advisers to Mr. Obama say, the president has grown tired of the campaign.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("advisers to Mr. Obama", q.speakerName());
        assertTrue(q.text().endsWith("the president has grown tired of the campaign"), q.text());
    }

    @Test
    void attributionClosingTheSentenceOutranksACueInsideIt() {
        String text = "Ana Ruiz had told managers that she opposed the cuts, but the board overruled her, "
                + "the union spokesman added.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz had told managers that she opposed the cuts, but the board overruled her", q.text());
        assertEquals("the union spokesman", q.speaker());
        assertEquals("added", q.cue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Federal and state officials said the plant will close by May.|Federal and state officials",
            "Experts on labor law and pensions said the plant will close by May.|Experts on labor law and pensions",
            "Frustration grows: civil rights activists say the plant will close by May.|civil rights activists",
            "Ana Ruiz spoke first. Ruiz aides said the plant will close by May.|Ruiz aides",
            "The pay is low, but lawyers for the family said the plant will close by May.|lawyers for the family"})
    void groupOfSpeakersIsTheSpeakerNotANameAmongItsWords(String text, String group) {
        ExtractedQuote q = firstReport(text);
        assertEquals("the plant will close by May", q.text());
        assertEquals(group, q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A federal judge rejected the request, saying the court has no business in the dispute.|A federal judge"
                    + "|the court has no business in the dispute",
            "Ana Ruiz visited the plant in Toledo and said the workers deserve a raise.|Ana Ruiz"
                    + "|the workers deserve a raise",
            "Several union members walked out and said the plant will close by May.|Several union members"
                    + "|the plant will close by May"})
    void secondVerbOfTheSubjectReportsForIt(String text, String speaker, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(report, q.text());
        assertEquals(speaker, q.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz on Tuesday said the plant will close by May.|the plant will close by May",
            "Ana Ruiz said after the vote she would keep the plant open.|she would keep the plant open",
            "Ana Ruiz noted that at the first meeting, in 1998, she backed the plan.|at the first meeting, in 1998, she "
                    + "backed the plan",
            "Ana Ruiz told WXYZ's “Morning Desk” that the plant will close by May.|the plant will close by May",
            "Ana Ruiz, who says she is honored, will speak first.|she is honored",
            "Ana Ruiz, who has said the plant will close, voted against the bill.|the plant will close",
            "The plant will close by May, spokeswoman Ana Ruiz told reporters during a weekly briefing in Harlow.|"
                    + "The plant will close by May",
            "The plant will close by May, Ana Ruiz said during her weekly briefing on Thursday.|The plant will close "
                    + "by May",
            "The plant will close by May, captain Ana Ruiz said on Thursday after the board conceded a 1-2 loss to "
                    + "South Harlow Town.|The plant will close by May",
            "Ana Ruiz said only the city could close the plant.|only the city could close the plant",
            "Ana Ruiz instead says the plant will close by May.|the plant will close by May",
            "Rugby news: Ana Ruiz admits even she didn't think she scored|even she didn't think she scored"})
    void timesTitlesAndRelativeClausesAroundTheCueKeepTheReport(String text, String report) {
        ExtractedQuote q = firstReport(text);
        assertEquals(report, q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void titleWithACapitalPronounAndVerbIsNoCueSetOff() {
        String text = "Ana Ruiz, who starred in “Murder, She Wrote,” died on Tuesday, her family announced.";
        assertEquals("Ana Ruiz, who starred in “Murder, She Wrote,” died on Tuesday",
                only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void whoReportsForTheOneItStandsFor() {
        ExtractedQuote q = only("The union hired an accountant who said the books were never balanced.",
                QuoteKind.INDIRECT);
        assertEquals("the books were never balanced", q.text());
        assertEquals("an accountant", q.speaker());
    }

    @Test
    void whoWithAVerbTakingAnObjectReportsNothing() {
        assertEquals(List.of(), ofKind("The 27-year-old, who found the net four times for Harlow, joins for £5m.",
                QuoteKind.INDIRECT));
    }

    @Test
    void nextSentenceWithItsOwnReportAndQuoteDoesNotAttributeAQuoteBefore() {
        String text = "Mayor Ana Ruiz said she thinks the video should be released but said “the question is the "
                + "timing.” Gov. Tom Alder said it would be “improper” for him to speak on it.";
        assertEquals("Ana Ruiz", find(text, "the question").speakerName());
    }

    @Test
    void reportsJoinedByButAreEachTheSpeakers() {
        List<ExtractedQuote> reports = ofKind("Ana Ruiz admitted she took the cash from the till but said she would "
                + "not have had the nerve to do it.", QuoteKind.INDIRECT);
        assertEquals(List.of("she took the cash from the till", "she would not have had the nerve to do it"),
                reports.stream().map(ExtractedQuote::text).toList());
    }

    @Test
    void paragraphWithNoCueBeforeAReplyIsTheQuestionersWords() {
        String text = "“Was this an effective response?” asked Mr Alder.\n\n“To my mind, yes,” said Supt Ana Ruiz."
                + "\n\n“Perhaps it would have been better to go to the man concerned.”\n\n“I did not go to him,” "
                + "replied the superintendent.";
        assertEquals("Alder", find(text, "Perhaps").speakerName());
        assertEquals("Ana Ruiz", find(text, "I did not").speakerName());
    }

    @Test
    void answerOfSomeoneIsTheirWords() {
        String text = "Asked Tom Alder about a reunion, his answer was “Never, whatever they pay me for it.”";
        assertEquals("Tom Alder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void sentenceOpeningWithWhenAfterAQuoteIsNoAttributionOfIt() {
        String text = "Asked about a reunion, his answer was “Never, whatever they pay.” At the time he said Ana Ruiz "
                + "called him every day.";
        List<ExtractedQuote> quotes = extractor.extract(text);
        assertTrue(quotes.stream().noneMatch(q -> "At the time he".equals(q.speaker())), quotes::toString);
    }

    @Test
    void pluralInMenIsNoPersonHeMeans() {
        String text = "According to a witness, the Policemen grabbed the victim.\n\nHe wrote: “They took his money.”";
        assertFalse("Policemen".equals(only(text, QuoteKind.DIRECT).speakerName()));
    }

    @Test
    void streetIsNoPersonAPronounMeans() {
        String text = "Police were called to a house in Carnforth Drive on Friday.\n\n“It was quiet,” she said.";
        assertNull(only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void clubIsNoPersonARoleDressedInAdjectivesMeans() {
        String text = "Harlow United have confirmed the signing of Joselu from Stoke.\n\n“I feel very happy,” the "
                + "Spanish forward said.";
        assertFalse("Harlow United".equals(only(text, QuoteKind.DIRECT).speakerName()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tribal leaders who say the mine site is sacred have sued the company.|the mine site is sacred",
            "In Harlow, residents who said they had been ill were treated at the clinic.|they had been ill",
            "Voters who say they would back Smith are a minority in the state.|they would back Smith",
            "Workers who say the plan is bad because the town will suffer have walked out.|the plan is bad because "
                    + "the town will suffer"})
    void reportInARelativeClauseOfTheSubjectEndsAtTheSentencesVerb(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Like the mayor, I believe in the good sense of the voters.|Like the mayor",
            "A reporter spotted Ana Ruiz and reported her presence on Twitter.|her presence",
            "Two speechwriters implored her to attack, arguing it would work.|implored",
            "The statement is accurate — we rate it true — and Ana Ruiz said that the plan will pass.|statement is"})
    void objectsAndVerbsAreNotTakenForAReportOrItsSpeaker(String text, String misread) {
        for (ExtractedQuote q : extractor.extract(text)) {
            assertFalse(q.text().contains(misread) || q.speaker() != null && q.speaker().contains(misread),
                    q::toString);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In an August speech, Ana Ruiz attacked “the hateful greed of owners who close plants in the night.”|DIRECT",
            "Ana Ruiz condemned the closure as “provocative and destabilizing.”|PARTIAL",
            "Ana Ruiz praised the union's “grit.”|PARTIAL",
            "Ana Ruiz paid tribute to the “extraordinary grace” of the actress.|PARTIAL",
            "Ana Ruiz remembered his “wicked sense of humour.”|PARTIAL"})
    void wordsPraisedOrAttackedAreTheSubjectsOwn(String text, QuoteKind kind) {
        ExtractedQuote q = only(text, kind);
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void shortPhraseAfterAnInvertedCueIsTheSpeakerWhateverItsNoun() {
        ExtractedQuote q = only("“It is rock and roll, ma'am,” quipped the singer.", QuoteKind.DIRECT);
        assertEquals("the singer", q.speaker());
        assertEquals("quipped", q.cue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Meanwhile Ana Ruiz said the plant will close by May.",
            "Meanwhile, Ana Ruiz said the plant will close by May.",
            "Still Ana Ruiz said the plant will close by May."})
    void openingAdverbWithOrWithoutItsCommaLeavesTheSubject(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("the plant will close by May", q.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Both sides are posturing,” said Bonnie Glaser of the German Marshall Fund.|Bonnie Glaser"
                    + "|of the German Marshall Fund",
            "“Both sides are posturing,” said Dana Whitfield at the Cato Institute.|Dana Whitfield|at the Cato Institute",
            "“Both sides are posturing,” said the Federal Reserve Bank of Dallas.|Federal Reserve Bank of Dallas|"})
    void personBeforeWhereSheWorksIsTheSpeakerAndThePlaceHerDescription(String text, String name,
            String description) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(name, q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Witness Jamal Brown, 34, said the man had raised his hands.",
            "German Chancellor Jamal Brown said the man had raised his hands.",
            "NYPD Commissioner Jamal Brown said the man had raised his hands.",
            "Dealer Jamal Brown, who runs a gallery in Leeds, said the man had raised his hands.",
            "Senior Principal Magistrate Jamal Brown said the man had raised his hands.",
            "Jury foreman Jamal Brown said the man had raised his hands.",
            "Falcons RB Jamal Brown said the man had raised his hands.",
            "Canadian Jamal Brown said the man had raised his hands.",
            "Bishop Rt Rev. Jamal Brown said the man had raised his hands.",
            "DSP Jamal Brown said the man had raised his hands."})
    void roleNounBeforeANameIsNotPartOfIt(String text) {
        assertEquals("Jamal Brown", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“We defended well,” coach Frank Vogel said.\n\nLeBron James felt the moment as well.\n\n“The stars aligned.”",
            "“We defended well,” coach Frank Vogel said.\n\nLeBron James was emotional after the game.\n\n“The stars "
                    + "aligned.”",
            "Former captain LeBron James praised the defence in the final.\n\n“The stars aligned.”",
            "“We defended well,” coach Frank Vogel said.\n\nLeBron James was particularly pleased with the goal.\n\n"
                    + "“The stars aligned.”",
            "Team captain LeBron James spoke after the game.\n\nAs we got back to the question, the captain was not "
                    + "finished.\n\n“The stars aligned.”",
            "Team captain LeBron James spoke after the game.\n\nAsked about the defence, he was particularly pleased."
                    + "\n\n“The stars aligned.”"})
    void quoteWithNoCueAfterAParagraphSettingSomeoneUpIsTheirs(String text) {
        assertEquals("LeBron James", find(text, "The stars aligned").speakerName());
    }

    @Test
    void quoteParagraphsWithNoCueRunningIntoOneWithACueAreItsSpeakers() {
        String text = "The union fell out with the commission over members' funds.\n\n“We will strike in January.”\n\n"
                + "“We have no problem with the Government.”\n\n“We cannot contain the pressure,” stated Wilson Sossion."
                + "\n\nThe strike will start in January.";
        assertEquals("Wilson Sossion", find(text, "We will strike").speakerName());
        assertEquals("Wilson Sossion", find(text, "We have no problem").speakerName());
    }

    @Test
    void roleDressedInAdjectivesNamesTheSubjectAgainHoweverDescribed() {
        String text = "Canada's Prime Minister, Stephen Harper, has declared he will not talk to the national media.\n\n"
                + "“The press gallery has taken the view they are the opposition,” the newly elected conservative leader "
                + "told a television network.";
        assertEquals("Stephen Harper", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void bareRoleForSomeoneUnnamedIsNotTheDescribedSubject() {
        String text = "Ana Ruiz, a lawyer, was jailed on Monday.\n\n“You showed no remorse,” the judge said.";
        assertNotEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void quoteWithNoCueAfterSomeonesDeedsIsNotGivenToThem() {
        String text = "“We defended well,” coach Frank Vogel said.\n\nLeBron James scored 30 points.\n\n“The stars aligned.”";
        assertNotEquals("LeBron James", find(text, "The stars aligned").speakerName());
    }

    @Test
    void howManyChildrenAMotherHasIsHerDescriptionNotWhomSheSpeaksFor() {
        ExtractedQuote q = only("“We are terrified,” mother of three Mary Ann Avelino, 26, said.", QuoteKind.DIRECT);
        assertEquals("Mary Ann Avelino", q.speakerName());
        assertEquals("mother of three, 26", q.speakerDescription());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She said that won’t happen until the board hears from parents.",
            "The union says that only applies to tenured teachers.",
            "She said that would not happen until the board hears from parents."})
    void demonstrativeThatIsTheSubjectOfTheReportedClause(String text) {
        assertTrue(only(text, QuoteKind.INDIRECT).text().startsWith("that "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CSK skipper MS Dhoni said his side had put up a good total.|MS Dhoni",
            "Does Akshay Kumar fear big stunts now? He said he would never do it again.|Akshay Kumar",
            "National Rail said trains may be cancelled for the rest of the day.|National Rail",
            "General Motors said it would keep bargaining in good faith with the union.|General Motors",
            "Michael O'Leary spoke at the meeting. Mr O’Leary said the business continues to grow.|Michael O'Leary",
            "Defence Minister A K Antony said the forces were free to respond.|A K Antony",
            "Researcher Jason West said the forces were free to respond.|Jason West",
            "Director of Public Health Ana Ruiz spoke first. Then the Director of Public Health said the forces were "
                    + "free to respond.|Ana Ruiz",
            "A K Antony, the defence minister, said the forces were free to respond.|A K Antony",
            "The forces were free to respond, said Boon Township Clerk Lynda Ritter.|Lynda Ritter",
            "The forces were free to respond, said Harlow School Board Trustee Marisa Hanson.|Marisa Hanson"})
    void initialsQuestionsAndOrganisationsAreReadAsWritten(String text, String name) {
        assertEquals(name, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Eddie Jones took charge in 2015. After the defeat, Aussie Jones said the team was not ready.|Eddie Jones",
            "Magistrate Lucas Onyina heard the case. The magistrate said the suspect could not stay at the station."
                    + "|Lucas Onyina",
            "Detective Chief Inspector James Mather led the search. DCI Mather said the DNA was promising.|James Mather",
            "Councillor Clover Moore opposed the merger. Cr Moore said the proposal was a grab for power.|Clover Moore"})
    void nationalityTitleOrRoleBeforeASurnameFindsTheFullName(String text, String name) {
        assertEquals(name, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Inspector General of Police Japheth Koome spoke on Monday. “We are ready,” the IG said.|Japheth Koome",
            "Inspector General of Police Japheth Koome spoke on Monday. “We are ready,” IG Koome said.|Japheth Koome",
            "Chief Minister Shivraj Singh Chouhan visited the site. “We are ready,” CM Chouhan said.|Shivraj Singh Chouhan",
            "Queensland coach Paul Green named his side. “We are ready,” Green said.|Paul Green",
            "The District Magistrate confirmed the deaths. “We are ready,” the DM said.|DM",
            "“We are ready,” Helane Becker, an analyst at Cowen & Co., said in a note to clients.|Helane Becker",
            "“We are ready,” said his family in a statement.|family"})
    void abbreviatedOfficesFirmsAndStatementsAfterTheSpeaker(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Faster payments mean faster fraud,” Sardine CEO and co-founder Soups Ranjan told TechCrunch.|Soups Ranjan",
            "“You must contact the board,” said Sami ul Hasan, Communications Officer, International Cricket Council."
                    + "|Sami ul Hasan",
            "“The city is being dishonest,” an Eldorado Park resident says.|Eldorado Park resident"})
    void officesWrittenWithAFirmOrAPlaceAreNotTheSpeakersName(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“You take your hat off to him,” Cavs coach J.B. Bickerstaff said.|J.B. Bickerstaff",
            "“We are grateful,” said K.V.S. Satyanarayana, the district official.|K.V.S. Satyanarayana",
            "Eluru Collector V. Prasanna Venkatesh said: “The relief camps are ready.”|V. Prasanna Venkatesh"})
    void initialsAndDistrictOfficesBeforeAName(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Toronto Transit Commission (TTC) says it is looking into the incident.|Toronto Transit Commission",
            "The Communication Workers Union (CWU) said 115,000 members would walk out.|Communication Workers Union",
            "Rep. Trey Gowdy (R-S.C.) said the claim smacked of hypocrisy.|Trey Gowdy"})
    void initialsInBracketsAfterANameBeforeTheCue(String text, String name) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(name, q.speakerName());
        assertTrue(q.speaker().contains("(R-S.C.)") == text.contains("(R-S.C.)"), q::speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The prosecution however said the defence knew of the application.|The prosecution|prosecution",
            "The defence said the accused was sick and could not travel.|The defence|defence"})
    void prosecutionAndDefenceSpeakAsTheSideTheyAre(String text, String speaker, String name) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(speaker, q.speaker());
        assertEquals(name, q.speakerName());
    }

    @Test
    void roleWithItsModifiersClosingAReportFindsItsNameAndANationalityNounFindsThem() {
        String text = "OPEC countries agreed on a cut, Kuwaiti oil minister Sheikh Saud Nasser al-Sabah said here Tuesday."
                + "\n\n“This is an extraordinary meeting,” the Kuwaiti said.";
        ExtractedQuote report = only(text, QuoteKind.INDIRECT);
        assertEquals("OPEC countries agreed on a cut", report.text());
        assertEquals("Sheikh Saud Nasser al-Sabah", report.speakerName());
        assertEquals("Sheikh Saud Nasser al-Sabah", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The gold is one of the biggest moments in his life, said the triumphant India captain Sardar Singh after "
                    + "his team won the shoot-out.",
            "The gold is one of the biggest moments in his life, said Sardar Singh as the team celebrated."})
    void invertedSpeakerMayBeFollowedByTheOccasion(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The gold is one of the biggest moments in his life", q.text());
        assertEquals("Sardar Singh", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Farnum went on to say that he felt she was in favor of the decision.|Farnum|he felt she was in favor of the decision",
            "Moll told the Mercury News she was angry at the lack of warning.|Moll|she was angry at the lack of warning"})
    void goingOnToSayAndAnOutletTold(String text, String speaker, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(speaker, q.speaker());
        assertEquals(report, q.text());
    }

    @Test
    void subjectOfAParticipleCueStopsAtItsVerb() {
        String text = "Mayor Scott Farnam opened the debate.\n\nThe Mayor disagreed by saying, “By districts is cheaper.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("The Mayor", q.speaker());
        assertEquals("Scott Farnam", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The flood waters are receding, state media said.|state media|The flood waters are receding",
            "Aid agencies say the situation in the camps is dire.|Aid agencies|the situation in the camps is dire"})
    void unnamedGroupsAndMediaAsSpeakers(String text, String speaker, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(speaker, q.speaker());
        assertEquals(report, q.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Herd died Tuesday at his home, his wife of 40 years, Patricia Crowder Herd, told the Hollywood Reporter."
                    + "|Patricia Crowder Herd|Herd died Tuesday at his home",
            "The death toll may yet rise, a provincial official told state news agency Xinhua.|a provincial official"
                    + "|The death toll may yet rise",
            "De los Reyes died in December, a representative for his family confirmed to PEOPLE."
                    + "|a representative for his family|De los Reyes died in December",
            "At least 14 people were killed on Sunday, residents and a rights group said.|residents and a rights group"
                    + "|At least 14 people were killed on Sunday"})
    void reportClosedByARoleSetOffNameOutletOrGroups(String text, String speaker, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(speaker, q.speaker());
        assertEquals(report, q.text());
    }

    @Test
    void dayOpeningASentenceWithoutItsCommaIsNoPartOfTheSubject() {
        ExtractedQuote q = only("On Sunday Eskom said it will suspend load-shedding on Monday morning.", QuoteKind.INDIRECT);
        assertEquals("Eskom", q.speaker());
        assertEquals("it will suspend load-shedding on Monday morning", q.text());
    }

    @Test
    void dayAndItsPartBetweenSubjectAndCueAreNotTheSpeaker() {
        String text = "The EC Thursday morning said the results would be announced on Friday.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The EC", q.speaker());
        assertEquals("the results would be announced on Friday", q.text());
    }

    @Test
    void participlePhraseClosedByADashOpensTheSentenceOfItsSubject() {
        String text = "Daryl Dike joined on Friday.\n\nSpeaking for the first time since being unveiled - Dike insisted "
                + "that it was an easy decision.\n\nHe told the club's website: “I’m absolutely delighted to be here.”";
        assertEquals("it was an easy decision", only(text, QuoteKind.INDIRECT).text());
        assertEquals("Daryl Dike", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void quoteWrappedOverFixedWidthLinesIsOneQuoteWithItsSpeaker() {
        String text = "Petrobras posted a surge in earnings.\n\"Wherever there is an opportunity in Brazilian territory\n"
                + "or even abroad, we will pursue it. It is an open dialogue with people who believe in\n"
                + "Petrobras,\" the executive said.\nShortly after his remarks, Lula\ncriticized the dividend payouts.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertTrue(q.text().startsWith("Wherever there is an opportunity in Brazilian territory\nor even abroad"), q::text);
        assertTrue(q.text().endsWith("believe in\nPetrobras,"), q::text);
        assertEquals(text.substring(q.start(), q.end()), q.text());
        assertEquals("the executive", q.speaker());
    }

    @Test
    void lineWrappedAfterAWordNoSentenceEndsWithGoesOn() {
        String text = "The district magistrate said between 50 and\n60 people were killed in the stampede.";
        assertEquals("between 50 and\n60 people were killed in the stampede", only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void lineBreaksAfterAHeadlineOrAFullStopStayParagraphBreaks() {
        String text = "Council approves budget\nThe mayor said the vote was close.\n\"We will build it,\" she said.";
        List<ExtractedQuote> quotes = new QuoteExtractor().extract(text);
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("the vote was close", quotes.get(0).text());
        assertEquals("We will build it,", quotes.get(1).text());
    }

    @Test
    void statementReleasedByABodyAtATimeIsTheBodys() {
        String text = "“The results are not final,” according to a statement released by the EC Thursday morning.";
        assertEquals("EC", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void emailIsItsSendersWords() {
        String text = "Police Chief Julian Fantino sent an email to officers on Monday. “I expect restraint,” the email states.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("the email", q.speaker());
        assertEquals("Julian Fantino", q.speakerName());
    }

    @Test
    void personsOwnStatementIsTheirs() {
        String text = "Alessia Cara shared a message on Instagram.\n\n“It’s breaking my heart,” Cara’s statement on "
                + "Instagram began.";
        assertEquals("Alessia Cara", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void firmsOfficerInAHeadlineIsWhoTheStoryNamesForIt() {
        String text = "Grab CEO says the pandemic is the biggest crisis in its history\n\nGrab chief executive Anthony Tan "
                + "said the virus is creating significant challenges.";
        assertEquals("Anthony Tan", ofKind(text, QuoteKind.INDIRECT).get(0).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'What happened in America?': Nitish Kumar, facing questions on floods, loses cool|Nitish Kumar",
            "“We are sorting,” one protester said.|protester",
            "“Do you embrace the new?” he asks. “Yes!” the crowd shouts.|crowd",
            "“They share our conviction,” commented the CEO on Sumitomo’s first investment.|CEO",
            "“We are refunding all ticket holders,” an email from Ticketmaster informed fans.|Ticketmaster"})
    void headlineColonsUnnamedPeopleAndMannersOfSpeaking(String text, String name) {
        List<ExtractedQuote> direct = new QuoteExtractor().extract(text).stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(name, direct.get(direct.size() - 1).speakerName(), direct::toString);
    }

    @Test
    void roleAfterAnInvertedCueStopsAtAnOwnersTopic() {
        String text = "Jesse Moore, the CEO of M-KOPA, met investors. “They share our conviction,” commented the CEO on "
                + "Sumitomo’s first investment.";
        assertEquals("Jesse Moore", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“The roads are safe,” Haryana Director General of Police (DGP) Manoj Yadava said. “We were ready,” the DGP "
                    + "said.|Manoj Yadava",
            "Chief Election Commissioner (CEC) Sikandar Sultan Raja visited the station. “We were ready,” the CEC said."
                    + "|Sikandar Sultan Raja",
            "Pope Francis arrived on Saturday. “We were ready,” the pope said.|Francis",
            "Pope Francis spoke at the Mass. Toward the end of the homily he paused and said, “We were ready.”|Francis"})
    void officeInitialsInBracketsTitlesAndOpeningPhrasesFindTheBearer(String text, String name) {
        List<ExtractedQuote> direct = ofKind(text, QuoteKind.DIRECT);
        assertEquals(name, direct.get(direct.size() - 1).speakerName(), direct::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Justice Sheldon Lanchbery jailed the man. “You showed no remorse,” the judge said.|Sheldon Lanchbery",
            "Nigel Godsmark QC, defending, spoke first. “He is a broken man,” the QC said.|Nigel Godsmark",
            "India captain Rohit Sharma led the chase. “It is right up there,” the exhausted skipper said.|Rohit Sharma",
            "Bollywood superstar Salman Khan spoke of his father. “The love is intact,” the actor said.|Salman Khan",
            "Kremlin spokesman Dmitry Peskov spoke on Tuesday. “Talks are over,” the Kremlin spokesperson said."
                    + "|Dmitry Peskov",
            "Mike Igini, the INEC Resident Electoral Commissioner, spoke on Friday. “We must end vote buying,” "
                    + "the INEC chief said.|Mike Igini"})
    void roleNounFindsWhoWasGivenTheSameRoleInOtherWords(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void leadNamingItsSubjectByRoleMeansWhomTheNextParagraphOpensWith() {
        String text = "UN envoy resigns\n\nThe UN special envoy for Sudan has resigned, warning that the conflict "
                + "could become a civil war.\n\nAna Ruiz, who had worked outside Sudan, said the fighting went on.\n\n"
                + "The envoy said the toll was rising.";
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz", "Ana Ruiz"),
                reports.stream().map(ExtractedQuote::speakerName).toList(), reports::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Harlow’s foreign minister reiterated on Thursday that the crisis can only be solved by talks.\n\n"
                    + "Speaking at the Brookings Institution in Washington, Ana Ruiz said the war was not of choice.",
            "The US ambassador in Harlow has urged the government to investigate every aspect of the murder.\n\n"
                    + "Ana Ruiz in a statement on Saturday said she was deeply saddened."})
    void leadRoleIsWhomTheNextParagraphOpensWithPastItsOpeningPhrase(String text) {
        assertEquals("Ana Ruiz", ofKind(text, QuoteKind.INDIRECT).get(0).speakerName());
    }

    @Test
    void roleNotFollowedByAParagraphOpeningWithAnUnroledNameStaysARole() {
        String text = "The UN special envoy for Sudan has resigned, warning that the conflict could become a civil war."
                + "\n\nForeign Minister Ana Ruiz said the fighting went on.";
        assertEquals("UN special envoy", ofKind(text, QuoteKind.INDIRECT).get(0).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"his post on X read", "his statement said", "his tweet said"})
    void pronounOwningADocumentOrPostMeansItsAuthor(String cue) {
        String text = "Ana Ruiz met the mayor on Thursday.\n\n“We are working on it,” " + cue + ".";
        assertEquals("Ana Ruiz", only(text.replace("his", "her"), QuoteKind.DIRECT).speakerName());
    }

    @Test
    void participleAfterAQuoteOpensTheSpeakersNextClauseNotANewSpeaker() {
        String text = "Ana Ruiz said, “The fund cannot be extended,” saying Republicans were “dismayed by the veto.”";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void bodyByItsInitialsIsNoPersonAPronounMeans() {
        String text = "Ana Ruiz built a tower.\n\nWhen Ruiz sought the refund, the IRS argued that she went too far."
                + "\n\nThe first write-off came in 2008. With sales lagging, she claimed that the tower was worthless.";
        assertEquals("Ana Ruiz", find(text, "the tower was worthless").speakerName());
    }

    @Test
    void pluralCommonNounIsNoBodyThatItMeans() {
        String text = "Data centers need more power than the grid has.\n\nGrid Strategies offered an early warning in "
                + "2023.\n\nIt has also cautioned that plans for growth are threatening the grid.";
        assertNotEquals("Data centers", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void shadowOfficeIsNotTheOfficeItShadows() {
        String text = "The shadow Commons leader, Valerie Vaz, demanded an apology.\n\nMs Vaz said: “It is "
                + "unacceptable.”\n\nBut in response Jacob Rees-Mogg, the leader of the Commons, said “we are very "
                + "lucky” to have him.";
        assertEquals("Jacob Rees-Mogg", find(text, "we are very lucky").speakerName());
    }

    @Test
    void roleSetOffBeforeANameDescribesItsLaterQuotes() {
        String text = "The family's attorney, Ben Okafor, disagreed. “This was an execution,” Okafor said.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ben Okafor", q.speakerName());
        assertEquals("family's attorney", q.speakerDescription());
    }

    @Test
    void titleAfterItsOwnersNameHasNoSpeakerButTheSentencesFragmentsKeepTheirs() {
        String text = "Ana Ruiz told NBC’s “Morning Desk” that the plan needs “more listening” from the board.";
        ExtractedQuote title = find(text, "Morning Desk");
        assertEquals(QuoteKind.PARTIAL, title.kind());
        assertNull(title.speakerName());
        assertEquals("Ana Ruiz", find(text, "more listening").speakerName());
        assertEquals("NBC", find(text, "the plan needs").citedOutlet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Demand is softening,” said Dana Whitfield, an analyst at Harlow Securities, in a note to clients."
                    + "|an analyst at Harlow Securities",
            "“I have heard this before,” said Dana Whitfield, managing partner at the Harlow Fund."
                    + "|managing partner at the Harlow Fund",
            "Former City defender Dana Whitfield, now a pundit, was blunt: “They look tired.”|Former City defender, now a pundit",
            "Longtime rival Dana Whitfield paid tribute on Twitter: “They look tired.”|Longtime rival",
            "Dana Whitfield, executive director of HLA stated “they look tired.”|executive director of HLA"})
    void descriptionIsTheRoleNotWhereOrHowTheWordsWereSaid(String text, String description) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Dana Whitfield", q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @Test
    void sportsRolesAndBroadcastersAreKnown() {
        String text = "Liverpool captain Dana Whitfield spoke after the match. “We stay together,” Whitfield told "
                + "Sky Sports.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Liverpool captain", q.speakerDescription());
        assertEquals("Sky Sports", q.citedOutlet());
    }

    @Test
    void roleAndTheNamedPersonsOwnRoleBothDescribeHer() {
        String text = "His opponent, former state attorney general Diane Okafor, shot back that he had "
                + "“voted against every bill that would have helped working families.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Diane Okafor", q.speakerName());
        assertEquals("opponent, former state attorney general", q.speakerDescription());
        assertEquals("shot back", q.cue());
    }

    @Test
    void whichOfAGroupSpeaksKeepsItsQuantity() {
        String text = "Ben Okafor represents the family. One of the family's attorneys, Ben Okafor, said the video "
                + "shows him leaving the car.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ben Okafor", q.speakerName());
        assertEquals("One of the family's attorneys", q.speakerDescription());
    }

    @Test
    void relativeClauseDescribesLessThanARoleGivenBefore() {
        String text = "Diane Okafor, a former state attorney general, spoke first. Okafor, who is seeking her first "
                + "federal office, said she would not take corporate money.";
        assertEquals("a former state attorney general", only(text, QuoteKind.INDIRECT).speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The company's annual report notes that revenue grew 140 percent last year.|notes",
            "The report says revenue grew 140 percent last year.|says",
            "Her tweet claims revenue grew 140 percent last year.|claims"})
    void documentNounSpelledLikeACueIsTheSubjectOfTheCueAfterIt(String text, String cue) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("revenue grew 140 percent last year", q.text());
        assertEquals(cue, q.cue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz said the plant will close in May, and Tom Haddad said it will stay open for years.",
            "Ana Ruiz said the plant will close in May, but Tom Haddad said it will stay open for years."})
    void eachClauseOfASentenceReportsItsOwnSpeaker(String text) {
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(2, reports.size(), reports::toString);
        assertEquals("the plant will close in May", reports.get(0).text());
        assertEquals("Ana Ruiz", reports.get(0).speakerName());
        assertEquals("it will stay open for years", reports.get(1).text());
        assertEquals("Tom Haddad", reports.get(1).speakerName());
    }

    @Test
    void pastParticipleOpeningASentenceLeavesItsSubjectForTheNextPronoun() {
        String text = "“We disagree,” Tom Haddad said. Chastened by the analyses, as well as the complaints, Ben Ruiz "
                + "revised the plan.\n\n“The relief will go to the middle class,” he said last month.";
        assertEquals("Ben Ruiz", find(text, "The relief").speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz said this week that the plant will close in May.|the plant will close in May",
            "The gap between what Ana Ruiz says the plan would do and what it does is wide.|"})
    void timeAfterTheCueAndFreeRelativesBeforeIt(String text, String report) {
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(report == null ? List.of() : List.of(report), reports.stream().map(ExtractedQuote::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz said the charges were baseless, adding that her client would plead not guilty.|the charges were "
                    + "baseless",
            "Ana Ruiz said the charges were “baseless,” adding that her client would plead not guilty.|the charges "
                    + "were “baseless,”"})
    void participleCueAfterAReportIsTheSameSpeakersNextReport(String text, String first) {
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(List.of(first, "her client would plead not guilty"),
                reports.stream().map(ExtractedQuote::text).toList());
        assertEquals("adding", reports.get(1).cue());
        assertEquals("Ana Ruiz", reports.get(1).speakerName());
    }

    @Test
    void reportInsideAnOpeningPhraseLeavesTheSentencesOwnReport() {
        String text = "Responding to comments of party colleagues and some leaders from the Opposition who have "
                + "alleged that the people protesting are not farmers and that the protest has been “hijacked” by "
                + "outsiders, Ana Ruiz said it is “too early” to say such things.";
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(List.of("the people protesting are not farmers and that the protest has been “hijacked” by "
                + "outsiders", "it is “too early” to say such things"),
                reports.stream().map(ExtractedQuote::text).toList());
        assertEquals("Ana Ruiz", reports.get(1).speakerName());
    }

    @Test
    void coordinatedCueAfterAReportIsTheSameSpeakersNextReport() {
        List<ExtractedQuote> reports = ofKind("Ana Ruiz said the plant would close by May and added that workers "
                + "would be paid until then.", QuoteKind.INDIRECT);
        assertEquals(List.of("the plant would close by May", "workers would be paid until then"),
                reports.stream().map(ExtractedQuote::text).toList());
        assertEquals("added", reports.get(1).cue());
        assertEquals("Ana Ruiz", reports.get(1).speakerName());
    }

    @Test
    void cueClosingAReportBeforeWhatTheSpeakerAddedIsItsCue() {
        List<ExtractedQuote> reports = ofKind("Prosecutors believe the plant will close in May, Ana Ruiz said, adding "
                + "that the board had known for months.", QuoteKind.INDIRECT);
        assertEquals(List.of("Prosecutors believe the plant will close in May", "the board had known for months"),
                reports.stream().map(ExtractedQuote::text).toList());
        assertTrue(reports.stream().allMatch(q -> "Ana Ruiz".equals(q.speakerName())), reports::toString);
    }

    @Test
    void coordinatedCueWithItsThatEndsTheReportPastAClauseInside() {
        List<ExtractedQuote> reports = ofKind("Ana Ruiz said anyone who failed to register would be fined and warned "
                + "that checks would start.", QuoteKind.INDIRECT);
        assertEquals(List.of("anyone who failed to register would be fined", "checks would start"),
                reports.stream().map(ExtractedQuote::text).toList());
    }

    @Test
    void reportsAddedOneAfterAnotherAreEachTheSpeakers() {
        List<ExtractedQuote> reports = ofKind("Ana Ruiz admitted the plant would close by May, but said the plan was "
                + "“reassuring,” adding that workers would be paid until then.", QuoteKind.INDIRECT);
        assertEquals(List.of("the plant would close by May", "the plan was “reassuring,”",
                "workers would be paid until then"), reports.stream().map(ExtractedQuote::text).toList());
        assertEquals(List.of("admitted", "said", "adding"), reports.stream().map(ExtractedQuote::cue).toList());
        assertTrue(reports.stream().allMatch(q -> "Ana Ruiz".equals(q.speakerName())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz said she would order a review of the plant and warned against cutting corners.|she would order a "
                    + "review of the plant",
            "Ana Ruiz said the guard was leaving when the police located him and told him to stay.|the guard was "
                    + "leaving when the police located him and told him to stay"})
    void coordinatedCueEndsTheReportUnlessAClauseInsideHasItsOwnSubject(String text, String report) {
        assertEquals(List.of(report), ofKind(text, QuoteKind.INDIRECT).stream().map(ExtractedQuote::text).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz on Wednesday dismissed the allegations as “absurd and insulting.”",
            "Ana Ruiz last week called the allegations “absurd and insulting.”"})
    void timeBetweenTheSubjectAndANamingVerbKeepsTheSubject(String text) {
        assertEquals("Ana Ruiz", find(text, "absurd").speakerName());
    }

    @Test
    void relativeClauseAfterAFrontedSourceDescribesIt() {
        String text = "According to a senior diplomat, who spoke on condition of anonymity, several capitals want a "
                + "ceasefire by spring.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("several capitals want a ceasefire by spring", q.text());
        assertEquals("who spoke on condition of anonymity", q.speakerDescription());
    }

    @Test
    void theyMeansTheGroupThatSpokeLastButNotOneParagraphsAway() {
        String near = "Ruiz aides acknowledged they had a good working relationship with the board. But they "
                + "emphasized that the sanctions got results.";
        assertEquals("Ruiz aides", extractor.extract(near).get(1).speakerName());
        String far = "Union officials said the plant will close in May.\n\n" + "The town has a long history. ".repeat(40)
                + "\n\n“The plant was plagued by fraud,” they wrote.";
        assertNull(find(far, "The plant was plagued").speakerName());
    }

    @Test
    void leadNamingARoleBeforeThePersonResolvesToThePersonNamedJustAfter() {
        String text = "Japan's prime minister said Tuesday that his government would not bow to pressure.\n\n"
                + "“Our position has not changed,” Prime Minister Kenji Ota told lawmakers.";
        assertEquals("Kenji Ota", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void aPersonsRoleAfterAPossessiveNeedsThatPersonInTheDescription() {
        String text = "Ana Ruiz, a lawyer for the union, spoke first. Tom Haddad came later. Haddad's lawyer said the "
                + "plant will close.";
        assertEquals("Tom Haddad's lawyer", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void firstNameAloneAfterARoleIsTheSpeaker() {
        String text = "“It's a mess,” said Tom Hughes. His wife, Carol, agreed: “Nobody tells us anything.”";
        ExtractedQuote q = find(text, "Nobody");
        assertEquals("Carol", q.speakerName());
        assertEquals("wife", q.speakerDescription());
    }

    @Test
    void officeWithHowItIsHeldInBracketsIsReadWhole() {
        String text = "“It is not our job,” said Minister of State for AAYUSH (Independent Charge) Ana Ruiz on "
                + "Tuesday.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void nameGivenAfterNamedIsTheSpeaker() {
        ExtractedQuote q = only("“They came at night,” said a resident of the area named Esther.", QuoteKind.DIRECT);
        assertEquals("Esther", q.speakerName());
        assertEquals("resident of the area", q.speakerDescription());
    }

    @Test
    void fieldOfAnOfficeSetOffIsNoFirstName() {
        String text = "“The population is falling,” the Minister of State, Home, tweeted.";
        assertNotEquals("Home", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void nameSetOffAfterTheRoleOfAnAccordingToSourceIsTheSpeaker() {
        String text = "Actress Ana Ruiz died Monday night due to complications from an infection, according to her "
                + "publicist, Tom Alder. She was 65.";
        assertEquals("Tom Alder", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void firstNameAloneAfterARoleIsTheSpeakerBeforeWhatTheyWereDoing() {
        String text = "“We still love you,” said another fan, Nadine, tweeting from Austria.";
        assertEquals("Nadine", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“Health care is a right,” Sen. Ana Ruiz has said for decades.",
            "“Health care is a right,” Ana Ruiz has long said.",
            "“Health care is a right,” Ana Ruiz would later say."})
    void auxiliaryAndAdverbBetweenTheSpeakerAfterAQuoteAndTheCue(String text) {
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void institutionNameJoinedByForIsOneNameAndTheWritersColonIsNotTheReport() {
        String text = "The data say otherwise: rural hospitals closed at a rate of 10 a year, according to the "
                + "Harlow Center for Rural Health.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("rural hospitals closed at a rate of 10 a year", q.text());
        assertEquals("Harlow Center for Rural Health", q.speakerName());
    }

    @Test
    void timeOfDayIsNoColon() {
        String text = "The explosion went off around 8:30 p.m. on West 23rd Street, according to the police.";
        assertEquals("The explosion went off around 8:30 p.m. on West 23rd Street",
                only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HARLOW (Ledger) -- The mill closed.|The", "(HARLOW) -- The mill closed.|The",
            "HARLOW, Essex — The mill closed.|The", "THE MILL WAS SOLD — Its owner left.|THE",
            "The mill closed — its owner left.|The"})
    void datelineIsAPlaceInCapitalsBeforeADashNotAHeading(String text, String subject) {
        Words w = new Words(text, 0, text.length());
        assertEquals(subject, w.text(AttributionParser.pastDateline(w, 0, w.size())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sergeant Dana Whitfield, of the Harlow Police Department says, \"We talked to him through the door.\"",
            "Sergeant Dana Whitfield of the Harlow Police Department says, \"We talked to him through the door.\""})
    void personBeforeHerDepartmentSpeaksEvenWithAStrayComma(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Dana Whitfield", q.speakerName());
        assertEquals("Sergeant of the Harlow Police Department", q.speakerDescription());
    }

    @Test
    void reportEndsWhereTheSpeakersOwnSentencesBegin() {
        String text = "Captain Dana Whitfield says the officers took their time, \"It is our desire to arrest him, "
                + "but not at the risk of injury to anyone.\"";
        assertEquals("the officers took their time", only(text, QuoteKind.INDIRECT).text());
        assertEquals("Dana Whitfield", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void closingAttributionWithAPlaceAndItsRelativeClause() {
        String text = "The government would address the problems behind the protests, he said at a news conference in "
                + "the resort town of Port Ellen, where ministers meet this week.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The government would address the problems behind the protests", q.text());
        assertEquals("he", q.speaker());
    }

    @Test
    void phraseBeforeTheCommaOfAClosingCueIsNoReport() {
        assertTrue(ofKind("Like Senator Ana Ruiz, I believe in the good sense of the voters.", QuoteKind.INDIRECT)
                .isEmpty());
    }

    @Test
    void accordingToAPronounIsItsReferentAndTheSentenceStaysAboutThem() {
        String text = "The Minister of Health and Social Care, Adam Ruiz, on Friday posited that no government wants "
                + "its citizens to suffer. He urged patience with President Dana Whitfield's administration. "
                + "According to him, the reforms might be painful but would benefit the country. While speaking at "
                + "a briefing, he asserted that the decisions are necessary.";
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(List.of("no government wants its citizens to suffer",
                "the reforms might be painful but would benefit the country", "the decisions are necessary"),
                reports.stream().map(ExtractedQuote::text).toList());
        assertTrue(reports.stream().allMatch(q -> "Adam Ruiz".equals(q.speakerName())), reports::toString);
        assertEquals("Minister of Health and Social Care", reports.get(0).speakerDescription());
    }

    @Test
    void clauseAfterANameIsNoApposition() {
        String text = "If the candidate is Ana Ruiz, the answer is no. Ruiz claims that she should be the exception.";
        assertNull(only(text, QuoteKind.INDIRECT).speakerDescription());
    }

    @Test
    void cueClosingASentenceWithWordsQuotedInsideAttributesTheWhole() {
        String text = "Besides weak sales at home, the company saw a slowdown in Europe, with business in Italy "
                + "“particularly poor,” Chief Executive Ana Ruiz said.";
        ExtractedQuote report = only(text, QuoteKind.INDIRECT);
        assertTrue(report.text().startsWith("Besides weak sales at home, the company saw a slowdown"), report::text);
        assertTrue(report.text().endsWith("“particularly poor,”"), report::text);
        assertEquals("Ana Ruiz", report.speakerName());
        assertEquals("Ana Ruiz", only(text, QuoteKind.PARTIAL).speakerName());
    }

    @Test
    void cueBeforeTheQuotedWordsStillOpensTheReport() {
        String text = "Ana Ruiz said she made the film because “most people don’t know about that loophole,” she said.";
        assertEquals("she made the film because “most people don’t know about that loophole,”",
                only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void noBreakSpaceAfterAStopSeparatesSentences() {
        String text = "That is why she is frustrated with the state.\u00A0“We need the money,” said Ana Ruiz.";
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> extractor.extract(text).toString());
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We will win,” Ana Ruiz said on CBS’ Face the Nation on Sunday.|CBS",
            "“We will win,” Ana Ruiz said on Fox News Sunday.|Fox News Sunday",
            "“We will win,” Ana Ruiz told Univision's Maria Salinas in an interview.|Univision"})
    void outletOfAShowOrOfItsHostIsCited(String text, String outlet) {
        assertEquals(outlet, only(text, QuoteKind.DIRECT).citedOutlet());
    }

    @Test
    void outletOfAnInterviewOpeningTheSentenceIsCited() {
        String text = "In an interview on Univision’s Al Punto, Ana Ruiz argued that the bill would pass the Senate.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Univision", q.citedOutlet());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void nameInQuoteMarksTheSentenceRunsOnFromIsWording() {
        String text = "In a statement, COO and CFO Ana Ruiz said “Harlow” has remained “a robust franchise.”";
        List<ExtractedQuote> partial = ofKind(text, QuoteKind.PARTIAL);
        assertEquals(List.of("Harlow", "a robust franchise."), partial.stream().map(ExtractedQuote::text).toList());
        assertTrue(partial.stream().allMatch(q -> "Ana Ruiz".equals(q.speakerName())), partial::toString);
        assertTrue(ofKind(text, QuoteKind.DIRECT).isEmpty());
    }

    @Test
    void quoteParagraphAfterAReportGoesOnWithItsSpeaker() {
        String text = "Commissioner Ana Ruiz said the man had evaded arrest since 2007.\n\n"
                + "“Now the interesting thing about this case is that he never left the island.”";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void nameAfterAndOpensItsOwnClause() {
        String text = "Harlow had lost their opening four matches and Defoe said: “It has been difficult for us.”";
        assertEquals("Defoe", only(text, QuoteKind.DIRECT).speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dr. Peter Salama spoke in Geneva.¶“We have three cases,” Salama with WHO said.|Peter Salama|with WHO",
            "“We have three cases,” Ana Ruiz at the Harlow Institute said.|Ana Ruiz|at the Harlow Institute"})
    void whereTheSpeakerWorksAfterTheNameDescribesThem(String text, String name, String description) {
        ExtractedQuote q = only(text.replace("¶", "\n\n"), QuoteKind.DIRECT);
        assertEquals(name, q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The fire spread fast, Sgt. Dana Whitfield said.¶“We are still looking,” the sergeant said.|Dana Whitfield",
            "Det. Dana Whitfield led the search.¶“We are still looking,” the detective said.|Dana Whitfield",
            "Recorder Dana Whitfield QC told the jury to go home.¶“Stay safe,” Recorder Whitfield said.|Dana Whitfield",
            "A post mortem by Dr Dana Whitfield was read out.¶“We are still looking,” the doctor said.|Dana Whitfield",
            "Harlow Bank chief executive Dana Whitfield spoke.¶“We are still looking,” the veteran banker said.|Dana "
                    + "Whitfield",
            "Police chief Dana Whitfield denied the claims.¶“We are still looking,” the police boss said.|Dana "
                    + "Whitfield",
            "Dana Whitfield, the firm's head of investor relations, said demand was weak.¶“We are still looking,” the "
                    + "executive said.|Dana Whitfield",
            "Councillor Adam Ruiz chaired the board.¶Cllr Ruiz said: “I am very disappointed.”|Adam Ruiz",
            "“We are still looking,” Trooper First Class Dana Whitfield said.|Dana Whitfield",
            "“We are still looking,” said Detective Constable Dana Whitfield.|Dana Whitfield",
            "“We are still looking,” PC Dana Whitfield said.|Dana Whitfield",
            "“We are still looking,” said Ward 4 Councilperson Dana Whitfield.|Dana Whitfield",
            "“We are still looking,” 1st Asst. Chief Dana Whitfield explained at a news conference.|Dana Whitfield",
            "Sgt. Dana Whitfield led the search.¶“Why stop now?” Whitfield questioned.|Dana Whitfield"})
    void abbreviatedRankAndTheRoleNounNameTheSamePerson(String text, String name) {
        assertEquals(name, only(text.replace("¶", "\n\n"), QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A tenant cannot sue the landlord for the repairs, the Harlow Court of Appeal ruled yesterday.|"
                    + "A tenant cannot sue the landlord for the repairs",
            "Ruiz also pointed out that the reports on the reshuffle do not correspond to reality.|"
                    + "the reports on the reshuffle do not correspond to reality",
            "Ruiz said while others are still at large, this arrest should be a clear message to them.|"
                    + "while others are still at large, this arrest should be a clear message to them",
            "The president will announce the reshuffle on Monday, Ana Ruiz said here today in a written statement.|"
                    + "The president will announce the reshuffle on Monday",
            "By that time, the home was fully engulfed and the man refused to leave, Ruiz said.|"
                    + "the home was fully engulfed and the man refused to leave"})
    void reportsInCourtPoliceAndGovernmentCopy(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void namesACallerGaveStayTheCallersInsideAnotherSpeakersReport() {
        String text = "Ana Ruiz pointed out that Adam Obi called the winner “Miss Piggy” and “Miss Housekeeping” "
                + "in front of reporters.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.INDIRECT).speakerName());
        assertEquals(List.of("Adam Obi", "Adam Obi"), extractor.extract(text).stream()
                .filter(q -> q.kind() != QuoteKind.INDIRECT).map(ExtractedQuote::speakerName).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow's top diplomat Ana Ruiz insists she has support.¶Foreign Minister Ana Ruiz says she will stay.¶"
                    + "“Let’s hope so,” said the minister on Thursday.|Ana Ruiz",
            "Qatar's foreign ministry spokesman Majed al-Ansari told reporters that talks went on.¶"
                    + "The Qatari spokesman insisted: “There is no stalemate.”|Majed al-Ansari",
            "Iran's foreign ministry spokesman Nasser Kanaani said the talks were over.¶"
                    + "The Iranian spokesman went on to say: “Europeans are interested.”|Nasser Kanaani",
            "Qatar’s foreign ministry spokesperson Majed Al-Ansari said talks went on.¶"
                    + "The Qatari official said: “There is no stalemate.”|Majed Al-Ansari"})
    void roleMeansWhoeverWasOnceGivenItOrItsCountrysDemonym(String text, String speaker) {
        assertEquals(speaker, only(text.replace("¶", "\n\n"), QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "White House press secretary Ana Ruiz was asked about it.¶“He has full confidence,” the White House press "
                    + "secretary replied.|Ana Ruiz",
            "Senate Majority Leader Tom Alder spoke first. “We will vote,” the Senate majority leader said.|Tom Alder",
            "CNN asked Ohio Republican Rep. Tom Alder about it. “We are working on it,” the Ohio Republican told CNN.|"
                    + "Tom Alder",
            "Mr Alder said the comments were a distraction. “It is outrageous,” the Sinn Fein leader said.|Alder"})
    void roleWithCapitalizedModifiersIsItsBearerNotAName(String text, String speaker) {
        assertEquals(speaker, only(text.replace("¶", "\n\n"), QuoteKind.DIRECT).speakerName());
    }

    @Test
    void roleWordsAfterAVerbOrBeforeANameStopAtTheVerb() {
        String text = "Christie described Democratic presidential nominee Ana Ruiz as a liar. “We lost,” Ruiz said.";
        assertEquals("Democratic presidential nominee", only(text, QuoteKind.DIRECT).speakerDescription());
    }

    @Test
    void surnameTitledBeforeASonIsNamedIsNotTheSon() {
        String son = "President Alder attacked the paper. “It is out of business,” Alder said.\n\n"
                + "Tom Alder Jr., the president’s son, posted a screenshot.\n\n“It is sad,” Alder said.";
        assertEquals(List.of("Alder", "Alder"),
                ofKind(son, QuoteKind.DIRECT).stream().map(ExtractedQuote::speakerName).toList());
        String same = "Vice President Tom R. Alder Jr. spoke first. “It is sad,” Mr. Alder said.";
        assertEquals("Tom R. Alder Jr.", only(same, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Taoiseach attacks Sinn Fein¶The Taoiseach, Mr Alder, has made an attack on Sinn Fein.¶“It is offensive,” "
                    + "the Taoiseach said.|Alder",
            "The Prime Minister, Tom Alder, spoke first. “I said nothing of the kind,” the prime minister replied.|"
                    + "Tom Alder"})
    void titleSetOffBeforeANameIsWhomTheTitleLaterMeans(String text, String speaker) {
        assertEquals(speaker, only(text.replace("¶", "\n\n"), QuoteKind.DIRECT).speakerName());
    }

    @Test
    void personsRoleOwnedByANameIsNotThatName() {
        String text = "Tom Alder's campaign chairman said the campaign would stay out of the primaries.";
        assertEquals("Tom Alder's campaign chairman", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void surnameWithItsParticleWrittenApartIsTheSamePerson() {
        String text = "“We are talking,” said Majed Al-Ansari, a spokesman. Al Ansari said a new format was needed. "
                + "“We tried a pause,” he added.";
        assertEquals("Majed Al-Ansari", only(text, QuoteKind.INDIRECT).speakerName());
        assertEquals("Majed Al-Ansari", find(text, "We tried").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Police Commissioner", "The police commissioner", "The Commissioner"})
    void roleWrittenWithOrWithoutCapitalsIsThePersonBearingIt(String role) {
        String text = "Police Commissioner Ana Ruiz attributed the arrest to a joint investigation. " + role
                + " said the arrest should be a clear message to others.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We will get it done,” said Sen. Dana Whitfield (D-Ala) on CNN's State of the Union.|Dana Whitfield|CNN",
            "“We will get it done,” said Sen. Dana Whitfield on CNN's State of the Union.|Dana Whitfield|CNN",
            "Writing in the Telegraph today, Labour leader Sir Adam Ruiz said: “We will win.”|Adam Ruiz|Telegraph",
            "“A goal is a goal,” Ruiz told BT Sport.|Ruiz|BT Sport",
            "“Winter will be hard,” said Dana Whitfield in an interview with the BBC's Today programme.|Dana Whitfield|BBC",
            "“We are ready,” Whitfield told a news conference in Kyiv, according to Interfax-Ukraine.|Whitfield|"
                    + "Interfax-Ukraine",
            "“We are ready,” said Dana Whitfield, according to state broadcaster CCTV.|Dana Whitfield|CCTV"})
    void outletAfterAnInvertedSpeakerOrBeforeTheSubjectIsCitedNotNamed(String text, String name, String outlet) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(name, q.speakerName());
        assertEquals(outlet, q.citedOutlet());
    }

    @Test
    void thousandsSeparatorSplitsNoPhrase() {
        String text = "The presence of 300,000 people without food in Harlow, concluded Ana Ruiz, is a “catastrophe”.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.PARTIAL).speakerName());
    }

    @Test
    void headlineAboveIsNoPartOfTheRoleBeforeAName() {
        String text = "Leader blasts Turnbull as Australia hangs in limbo\n\nOpposition leader Ana Ruiz spoke first. "
                + "“This is farcical,” Ruiz said.";
        assertEquals("Opposition leader", only(text, QuoteKind.DIRECT).speakerDescription());
    }

    @Test
    void whereAPersonWorksDescribesThemAndADoctorsTitleDoesNot() {
        String text = "Dr. Ana Ruiz of Harlow University has studied the virus for a decade. “It spreads fast,” Ruiz said.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("of Harlow University", q.speakerDescription());
        assertNull(only("“It spreads fast,” said Dr. Ana Ruiz.", QuoteKind.DIRECT).speakerDescription());
    }

    @Test
    void honorificIsNoRole() {
        String text = "Labour leader Sir Adam Ruiz said: “We will win.”";
        assertEquals("Labour leader", only(text, QuoteKind.DIRECT).speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Not always,” said Ana Ruiz, who still insisted they come by “air” and “sea.”|",
            "“Not always,” said Ana Ruiz, who heads the union.|who heads the union"})
    void relativeClauseCutOffByTheNextQuoteIsNoDescription(String text, String description) {
        assertEquals(description, find(text, "Not always").speakerDescription());
    }

    @Test
    void pronounAfterAPersonsInstitutionMeansThePerson() {
        String text = "President Adam Obi spoke with Prime Minister Ana Ruiz on Monday. Ruiz's office said she told the "
                + "president that the country would “continue acting against the groups that attacked it last week.”";
        assertEquals("Ana Ruiz", find(text, "continue acting").speakerName());
    }

    @Test
    void cueSetOffInsideIsReadBeforeTheOneClosingTheSentence() {
        String text = "Ana Ruiz spoke on Monday. Power politics is always resented and short-lived, she said, adding "
                + "the military adventurism goes against the basic norms of relations between states, Ruiz said.";
        assertEquals(List.of("Power politics is always resented and short-lived",
                "the military adventurism goes against the basic norms of relations between states"),
                ofKind(text, QuoteKind.INDIRECT).stream().map(ExtractedQuote::text).toList());
    }

    @Test
    void writersSourceForAReportIsNotPartOfIt() {
        String text = "The minister also told parliament earlier Thursday that there was no official confirmation at "
                + "this stage, according to media reports.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("there was no official confirmation at this stage", q.text());
        assertEquals("told", q.cue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ruiz said Tuesday the plan would fail.", "Ruiz said on Tuesday night the plan would fail.",
            "Ruiz said last week the plan would fail.", "Ruiz told reporters Tuesday the plan would fail."})
    void dayBetweenTheCueAndAClauseWithoutThat(String text) {
        assertEquals("the plan would fail", only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana Ruiz told a news conference on Tuesday police had arrested three men.",
            "Ana Ruiz told reporters police had arrested three men."})
    void audienceBeforeAClauseOpenedByAPluralNoun(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("police had arrested three men", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void audienceBeforeAPluralNounThatIsNoClauseIsNoReport() {
        String text = "Ana Ruiz told reporters police chiefs from three states.";
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> extractor.extract(text).toString());
    }

    @Test
    void dayBeforeAnObjectIsNoReport() {
        String text = "Police announced on Friday the arrest of a man in the shooting.";
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The fire spread quickly, authorities said.|authorities",
            "The fire spread quickly, Harlow County sheriff's deputies said.|Harlow County sheriff's deputies",
            "The fire spread quickly, firefighters said.|firefighters"})
    void groupsOfficialsSpeakAsClosingAPoliceReport(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void brandedAsNamesItsSubjectsWording() {
        String text = "Judge Ana Ruiz branded the defendant as “lazy” in court on Monday.";
        assertEquals("Ana Ruiz", extractor.extract(text).get(0).speakerName());
    }

    @Test
    void institutionNamedWithAndSpeaks() {
        String text = "The Harlow Police and Fire Department said they were called to the building at noon.";
        assertEquals("Harlow Police and Fire Department", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void tellingAnAudienceReportsTheClauseAfterIt() {
        String text = "Family attorney Ana Ruiz went further than that, telling reporters some in the family believe "
                + "the man was killed.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("some in the family believe the man was killed", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void showAfterAPartyTagAndTheWritersSourceAreNeitherNameNorDescription() {
        ExtractedQuote q = only("“We will win,” said Sen. Ana Ruiz (R-SC) on Face the Nation, per CBS News.",
                QuoteKind.DIRECT);
        assertEquals("Sen. Ana Ruiz (R-SC)", q.speaker());
        assertEquals("Sen.", q.speakerDescription());
    }

    @ParameterizedTest
    @ValueSource(strings = {"“We will win,” said Ruiz in a statement.", "“We will win,” said Ruiz on Tuesday night.",
            "“We will win,” said Ruiz after a meeting with Finance Minister Omar Haddad.",
            "“We will win,” said Ruiz at a news conference yesterday."})
    void howOrWhenAfterAnInvertedSpeakerIsNotTheName(String text) {
        ExtractedQuote q = find("Ana Ruiz leads the party. " + text, "We will win");
        assertEquals("Ruiz", q.speaker());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void phraseAfterWithIsTheSpeakerOfItsParticiple() {
        String text = "The party signalled defiance, with its leader, Ana Ruiz, saying: “The fight is open-ended.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("leader", q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "No one at party headquarters was told to look into it, RNC strategist Dana Whitfield said.|RNC strategist",
            "No one at party headquarters was told to look into it, Dana Whitfield, police spokeswoman said."
                    + "|police spokeswoman",
            "No one at party headquarters was told to look into it, said spokeswoman Dana Whitfield.|spokeswoman"})
    void roleWithANameClosingTheSentenceDescribesTheSpeaker(String text, String description) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("No one at party headquarters was told to look into it", q.text());
        assertEquals("Dana Whitfield", q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Adam Obi campaign spokesperson Dana Whitfield said the candidate will concede if he loses.|Dana Whitfield",
            "Adam Obi's press secretary, Dana Whitfield, said the candidate will concede if he loses.|Dana Whitfield",
            "Adam Obi co-trainer Dana Whitfield said the candidate will concede if he loses.|Dana Whitfield",
            "After the fight, accuser Dana Whitfield told TMZ that the candidate will concede if he loses.|Dana "
                    + "Whitfield"})
    void roleBearerSpeaksNotTheNameBeforeTheRole(String text, String name) {
        assertEquals(name, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We are in control,” Ana Ruiz said in an interview on Fox News.|Fox News",
            "“We are in control,” Ana Ruiz said in a Fox News interview.|Fox News",
            "“We are in control,” Ana Ruiz told The Hill.|Hill",
            "“We are in control,” Ana Ruiz told the BBC.|BBC"})
    void outletOfAnInterviewAfterTheCueIsCitedWithoutItsArticle(String text, String outlet) {
        assertEquals(outlet, only(text, QuoteKind.DIRECT).citedOutlet());
    }

    @Test
    void sloganInTitleCaseIsNoName() {
        String text = "Adam Obi was speaking when a man holding a “Republicans Against Obi” sign moved toward the stage. "
                + "“Nobody said it was going to be easy,” Obi said.";
        assertEquals("Adam Obi", find(text, "Nobody said").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sen. Ana Ruiz told reporters gathered across the street that the plan would fail.",
            "Harlow spokeswoman Ana Ruiz says only that the plan would fail.",
            "In a statement, Ana Ruiz repeated the claim, saying without evidence that the plan would fail."})
    void phraseBetweenTheCueAndThat(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the plan would fail", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void dayOpeningTheSentenceLeavesTheSubjectOfBothVerbs() {
        String text = "Tuesday afternoon, Ana Ruiz issued a statement and said she accepted the findings of the panel.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("she accepted the findings of the panel", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void partyTagSetOffAfterANameIsItsDescriptionNotThePredicate() {
        String text = "Sen. Ana Ruiz, R-Ariz., gave the meeting a thumbs up as she left, saying it was fine.";
        assertEquals("R-Ariz.", only(text, QuoteKind.INDIRECT).speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Mr. Vice President, I'm speaking,” Sen. Ana Ruiz interjected during the debate.|Ana Ruiz",
            "“Alan, I bought a washer,” Ana Ruiz broke in.|Ana Ruiz",
            "Sen. Ana Ruiz described the dinner as a “good, constructive conversation.”|Ana Ruiz",
            "Sen. Ana Ruiz panned the press conference as “propaganda.”|Ana Ruiz"})
    void interjectionsAndVerbsOfJudgingAttributeTheirQuote(String text, String name) {
        assertEquals(name, extractor.extract(text).get(0).speakerName());
    }

    @Test
    void brokeOutIsNoCue() {
        String text = "Hostilities broke out as soon as it was over.\n\nThe minister of the economy, Adam Ruiz, argues "
                + "there is little point in responding. “We must not overreact to campaign rhetoric,” he told me.";
        assertEquals("Adam Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void partyPluralIsAGroupSpeaker() {
        String text = "Republicans said the credibility of the Congress was on the line in the dispute.";
        assertEquals("Republicans", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I think she knows how sincere the governor is about the plan.",
            "We found that the council had spent the money twice, adding that nobody noticed."})
    void writersOwnViewIsNoReport(String text) {
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police in Harlow said the suspect jumped out of a window.",
            "The suspect jumped out of a window, police in Harlow said."})
    void policeWithTheirPlaceSpeakAsAGroup(String text) {
        assertEquals("police in harlow", only(text, QuoteKind.INDIRECT).speakerName().toLowerCase());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sen. Ana Ruiz told reporters that it was a “very enjoyable evening,” but declined to discuss specifics."
                    + "|it was a “very enjoyable evening,”",
            "Ana Ruiz acknowledged there are still \"some people\" who feel that way, \"but not among the vast majority.\""
                    + "|there are still \"some people\" who feel that way, \"but not among the vast majority.\""})
    void contrastAfterQuotedWordsEndsTheReportButAQuotedContrastDoesNot(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ministry said it was aware of the reports but declined to comment.|it was aware of the reports",
            "The ministry said it was aware of the reports, but would not say when.|it was aware of the reports",
            "The ministry said China does not comment on the affairs of Korea, but firmly opposes the attempt.|China "
                    + "does not comment on the affairs of Korea, but firmly opposes the attempt",
            "The ministry said funds were short, but that was not the case anymore.|funds were short, but that was not "
                    + "the case anymore",
            "The ministry said the tax would cut revenue at first, but would eventually add $84 billion.|the tax would "
                    + "cut revenue at first, but would eventually add $84 billion",
            "The ministry said he never saw himself as a politician, but instead a public servant.|he never saw "
                    + "himself as a politician, but instead a public servant",
            "Police say he posed a deadly threat and refused to drop the gun.|he posed a deadly threat and refused to "
                    + "drop the gun"})
    void butGoesOnWithTheReportUnlessTheSpeakerKeepsSomethingBack(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Three soldiers were killed in the attack, reports said.|reports",
            "Three soldiers were killed in the attack, the two countries said.|two countries",
            "Three soldiers were killed in the attack, the pan-Arab Al-Jazeera TV reported.|Al-Jazeera TV",
            "Three soldiers were killed in the attack, school board President Ana Ruiz confirmed.|Ana Ruiz",
            "Three soldiers were killed in the attack, the UN humanitarian agency OCHA said at the talks.|OCHA",
            "Three soldiers were killed in the attack, said a doctor who looks after the clinic.|doctor",
            "Three soldiers were killed in the attack according to a statement from the Harlow court.|Harlow court",
            "Three soldiers were killed in the attack according to police.|police"})
    void cueClosingTheSentenceNamesItsSource(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Three soldiers were killed in the attack", q.text());
        assertEquals(speaker, q.speakerName());
    }

    @Test
    void placeEndingInIngOpensNoParticiplesPhrase() {
        String text = "Beijing summoned Ana Ruiz, the ambassador, on Sunday, the two countries said.";
        assertEquals("Beijing summoned Ana Ruiz, the ambassador, on Sunday", only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Three soldiers were killed in the attack according to plan.",
            "The vote on the new budget was held according to the Constitution."})
    void whatSomethingWasDoneAccordingToIsNoSource(String text) {
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bob Weir died on Friday surrounded by loved ones, his daughter, Chloe Weir announced on Saturday.|Chloe "
                    + "Weir|his daughter",
            "Bob Weir died on Friday surrounded by loved ones, said his wife, Chloe.|Chloe|wife",
            "Chloe Weir, the General Manager of Harlow Transit says Bob Weir died on Friday surrounded by loved ones.|"
                    + "Chloe Weir|the General Manager of Harlow Transit",
            "Chloe Weir, president of the Harlow library board stated that Bob Weir died on Friday surrounded by loved "
                    + "ones.|Chloe Weir|president of the Harlow library board"})
    void nameAndItsRoleSetOffWithOneComma(String text, String name, String description) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Bob Weir died on Friday surrounded by loved ones", q.text());
        assertEquals(name, q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltra cut prices on Monday. The Cupertino tech giant said demand was strong across the region.|Veltra",
            "WASHINGTON The U.S. State Department said demand was strong across the region.|U.S. State Department",
            "Initially the ministry said demand was strong across the region.|ministry",
            "The ministry said earlier demand was strong across the region.|ministry"})
    void wordsOpeningTheSentenceOrTheFirmsHomeAreNoSpeaker(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertTrue(q.text().endsWith("demand was strong across the region"), q::text);
        assertEquals(speaker, q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HSE data showed that 523 people were on trolleys on Tuesday.|HSE data",
            "New data showed that 523 people were on trolleys on Tuesday.|New data"})
    void dataNamedByItsSourceOrAnAdjectiveReportsFindings(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("523 people were on trolleys on Tuesday", q.text());
        assertEquals(speaker, q.speakerName());
    }

    @Test
    void itAfterASentenceNamingABodyInItsSecondClauseIsThatBody() {
        String text = "The haze returned yesterday, and the National Environment Agency is forecasting more of it.\n\n"
                + "“Slightly hazy conditions are expected,” it said.";
        assertEquals("National Environment Agency", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void itAfterABodySpokeInTheSentenceBeforeIsThatBody() {
        String text = "A group of protesters clashed with police.\n\nIn a statement released on Monday, the ministry "
                + "said a protest was delivered to the ambassador.\n\n“We asked for a full investigation,” it said.";
        assertEquals("ministry", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void reportCreditedToAnAgencyIsTheSpeakersWithTheAgencyCited() {
        String text = "Defence Minister Ana Ruiz on Tuesday said it was not her ministry’s duty to assess the "
                + "ceasefire, PTI reported.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("PTI", q.citedOutlet());
    }

    @Test
    void participleAfterAPrepositionalPhraseTakesTheSentencesSubject() {
        String text = "The ministry said it helped with the release, adding: “He was flown to Muscat.”";
        assertEquals("ministry", only(text, QuoteKind.DIRECT).speakerName());
        String earlier = "The ministry said earlier it helped with the release of a citizen.";
        assertEquals("it helped with the release of a citizen", only(earlier, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Former schoolteacher Olive Rudlin says the library has gone through a lot of changes.|Olive Rudlin",
            "Tedros Ghebreyesus in a Twitter post said the library has gone through a lot of changes.|Tedros "
                    + "Ghebreyesus",
            "Gail Hildebrand said over the years the library has gone through a lot of changes.|Gail Hildebrand",
            "Last week the Harlow Unified School District said that the library has gone through a lot of changes.|"
                    + "Harlow Unified School District",
            "Gail Hildebrand reckons the library has gone through a lot of changes.|Gail Hildebrand",
            "Gail Hildebrand told Alex Marlow on Thursday how the library has gone through a lot of changes.|Gail "
                    + "Hildebrand",
            "Gail Hildebrand added if the library has gone through a lot of changes, then the budget must grow.|Gail "
                    + "Hildebrand"})
    void reportAfterItsSpeakersRoleTimeOrOccasion(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertTrue(q.text().contains("the library has gone through a lot of changes"), q::text);
        assertEquals(speaker, q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sam Mullins mentioned power rates are expected to rise.|Sam Mullins|power rates are expected to rise",
            "Sam Mullins alleged special treatment was given to the owner.|Sam Mullins|special treatment was given "
                    + "to the owner",
            "Some experts caution that the results are not clear-cut.|experts|the results are not clear-cut",
            "Council President Sherri Lightner lamented that the meeting ran for five hours.|Sherri Lightner|the "
                    + "meeting ran for five hours",
            "Authorities urge vulnerable people to stay indoors during the heat.|Authorities|vulnerable people to stay "
                    + "indoors during the heat",
            "Many of the Harlow homeowners voiced concerns, saying that it would lower property values.|Many of the "
                    + "Harlow homeowners|it would lower property values"})
    void reportWithABareSubjectOrALessUsualCue(String text, String speaker, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(report, q.text());
        assertEquals(speaker, q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cancer Research UK paid for it. Research suggests that half of all cases could be prevented.|Research",
            "The Philadelphia outbreak ended. Half of all cases could be prevented, according to the city.|city"})
    void commonNounsForFindingsAndTownsAreNoOnesName(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void reportKeepsItsOwnSubjectBeforeAnInnerThat() {
        String text = "The ministry said on Friday it was aware of reports that a citizen was released.";
        assertEquals("it was aware of reports that a citizen was released", only(text, QuoteKind.INDIRECT).text());
        String narrated = "The birther claims are an insult, black lawmakers said on Friday, as they bristled at the "
                + "questions.";
        assertEquals("The birther claims are an insult", only(narrated, QuoteKind.INDIRECT).text());
    }

    @Test
    void pressStatementWithNoIssuerNamedIsTheBodyTheStoryIsAbout() {
        String text = "UN Security Council condemns bombing\n\n“Terrorism is criminal,” said a press statement.";
        assertEquals("UN Security Council", only(text, QuoteKind.DIRECT).speakerName());
        String family = "The Irish-British actress was best known for her films.\n\nAccording to a family statement, "
                + "she died peacefully in her sleep.";
        assertEquals("family statement", only(family, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz lost the vote. She called Downing Street to say the “strong friendship” would last.",
            "Ana Ruiz lost the vote.\n- She called Downing Street to say the 'strong friendship' would last."})
    void sayingInAnInfinitiveOfPurposeIsTheSubjects(String text) {
        assertEquals("Ana Ruiz", only(text, QuoteKind.PARTIAL).speakerName());
    }

    @Test
    void nameAndAnyPastVerbAfterAQuoteClosedByItsCommaNameTheSpeaker() {
        String text = "NASA astronaut Ana Ruiz flew on Saturday.\n\n“Space travel is hard, but you make it look easy,” "
                + "Ruiz radioed to mission control.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("radioed", q.cue());
    }

    @Test
    void closingCueWithAShortPhraseAfterItNamesTheSpeaker() {
        String text = "“The bunks were the size of a bed,” survivor Ana Ruiz described for the students.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Many say they felt scared coming to a new city.|Many",
            "Some said the plan would fail in the end.|Some"})
    void quantityStandingForPeopleSpeaks(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(speaker, q.speaker());
        assertNull(q.speakerName());
        String set = "Ana Ruiz, Harlow Council's head of planning, says some bus routes date back nearly 100 years.";
        assertEquals("Ana Ruiz", only(set, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void showTheWordsWereToldToIsATitle() {
        String text = "“He cried with the kids,” principal Ana Ruiz told “Good Morning America.” “It was so sweet.”";
        assertEquals(2, ofKind(text, QuoteKind.DIRECT).size());
        assertEquals("Good Morning America.", only(text, QuoteKind.PARTIAL).text());
    }

    @Test
    void nameWrittenOnlyInsideQuotedWordsYieldsToTheNarrativesName() {
        String text = "John Lockett, aka Mr. John, cried tears of joy. Ana Ruiz said the children told him it was “Mr. "
                + "John Day.”\n\nMr. John said he loves the kids at the school.";
        assertEquals("John Lockett", find(text, "he loves").speakerName());
    }

    @Test
    void wordsSomeoneCalledSomethingAndTheirNextReportAreBothTheirs() {
        String text = "Ana Ruiz called the performance “spectacular” and said the campaign was “really happy” with it.";
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(List.of("the performance “spectacular”", "the campaign was “really happy” with it"),
                reports.stream().map(ExtractedQuote::text).toList());
    }

    @Test
    void reportEndedAtWhileLeavesTheNextSpeakersReport() {
        String text = "Ana Ruiz praised the actress's “sensational talent” while Tom Alder described her as a “great "
                + "source of inspiration.”";
        List<ExtractedQuote> reports = ofKind(text, QuoteKind.INDIRECT);
        assertEquals(List.of("Ana Ruiz", "Tom Alder"), reports.stream().map(ExtractedQuote::speakerName).toList());
    }

    @Test
    void reportCutInsideTheQuoteItOpensLeavesTheWordsToTheQuote() {
        String text = "Ana Ruiz spoke on Saturday. She called her dad a “man driftin' and dreamin', never worrying if "
                + "the road would lead him home. A child of countless trees.”";
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> ofKind(text, QuoteKind.INDIRECT).toString());
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void callMadeToSomeoneIsNoNameGiven() {
        String text = "Ana Ruiz lost the vote, but called her rival to offer her ‘warm support’ on Friday.";
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> ofKind(text, QuoteKind.INDIRECT).toString());
        assertEquals("Ana Ruiz", only(text, QuoteKind.PARTIAL).speakerName());
    }

    @Test
    void dailyOrPaperIsTheOutletThatReportedLast() {
        String text = "Eleven people have died in the district, The Harlow Times reported.\n\nDoctors were sending "
                + "patients to other hospitals, the English daily said.";
        assertEquals("Harlow Times", find(text, "Doctors").speakerName());
    }

    @Test
    void describedAsWithNothingBeforeItsAsIsNoReport() {
        String text = "The man, described as a loner, said he was innocent of the charges.";
        assertEquals("he was innocent of the charges", only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void creatorOfAWorkInLowerCaseIsThePersonTheLeadIsAbout() {
        String text = "Writer Ana Ruiz has paid tribute to the actress who died on Friday.\n\nThe creator of the "
                + "sitcom said she would miss her dear friend hugely.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz reckons that, plus a loving family, stood her in good stead.|that, plus a loving family, stood "
                    + "her in good stead",
            "Ana Ruiz said that, if elected, she would leave the party.|she would leave the party",
            "Ana Ruiz grew up poor in London, and she reckons that, plus a loving family, stood her in good stead."
                    + "|that, plus a loving family, stood her in good stead"})
    void thatBeforeACommaIsTheSubjectOnlyWhenAVerbFollowsTheAside(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void bodyNamedWithAndBeforeItsPluralNounKeepsItsWholeName() {
        String text = "The man had no known conditions, the Dallas County Health and Human Services said.";
        assertEquals("Dallas County Health and Human Services", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void quoteBeforeASpeakerWithALongPlaceOfWork() {
        String text = "“This discovery raises more questions than it answers,” paleoanthropologist Brian Richmond at "
                + "the American Museum of Natural History in New York told the Wall Street Journal.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Brian Richmond", q.speakerName());
        assertEquals("Wall Street Journal", q.citedOutlet());
    }

    @Test
    void surnamesListedWithCommasSpeakTogether() {
        String text = "Incumbents Ginny Hovsepian, Brian Heryford and Chris Casado declined. Hovsepian, Casado and "
                + "Heryford said Monday that they have previous commitments.";
        assertEquals("Ginny Hovsepian, Chris Casado and Brian Heryford",
                only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void outletsNewsInLowerCaseIsTheOutlet() {
        String text = "Joanna Lumley told ITV news she was heartbroken to lose a friend.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("she was heartbroken to lose a friend", q.text());
        assertEquals("ITV", q.citedOutlet());
    }

    @Test
    void apostropheOfAPluralPossessiveIsNoQuoteMark() {
        String text = "“Ms. Obi has agreed to join us at the debate,” Dana Whitfield, Obi’s personal assistant, wrote "
                + "in an email to BuzzFeed. Ana Ruiz told Fox News' Chris Wallace that Obi won't be at the debate.";
        ExtractedQuote direct = only(text, QuoteKind.DIRECT);
        assertEquals("Dana Whitfield", direct.speakerName());
        assertEquals("BuzzFeed", direct.citedOutlet());
        ExtractedQuote report = only(text, QuoteKind.INDIRECT);
        assertEquals("Obi won't be at the debate", report.text());
        assertEquals("Fox News", report.citedOutlet());
    }

    @Test
    void nameAndCueAfterAnExclamationCarryTheSentenceOn() {
        String text = "“If he wants to sit in the front row, perhaps I will put her right alongside of him!” Ana Ruiz "
                + "wrote on Saturday after the campaign invited him to sit in the front row on Monday.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void nameInAnAppositionAfterAPossessedRoleSpeaks() {
        String text = "Obi's rival, Democratic presidential nominee Ana Ruiz, said that Obi “supported the invasion” in "
                + "2003.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("Obi's rival, Democratic presidential nominee", q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz addressed the “birtherism” controversy on Friday, stating that the senator was born in Harlow."
                    + "|the senator was born in Harlow",
            "Ana Ruiz said Wednesday morning on MSNBC’s “Morning Joe” that such reports were “just not true.”"
                    + "|such reports were “just not true.”"})
    void cueAfterWordsQuotedInTheWritersSentence(String text, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(report, q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thirty-one percent of those surveyed said the debates made them more likely to vote.|Thirty-one percent "
                    + "of those surveyed|the debates made them more likely to vote",
            "Half of voters said they would not take part in the primary.|Half of voters|they would not take part in "
                    + "the primary",
            "On Saturday, Ana Ruiz tweeted that she would invite the mayor.|Ana Ruiz|she would invite the mayor",
            "Ana Ruiz told CNN Ms. Obi was not formally invited to the debate.|Ana Ruiz|Ms. Obi was not formally "
                    + "invited to the debate"})
    void pollSharesTweetsAndAnOutletBeforeATitledNameReport(String text, String speaker, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(speaker, q.speakerName());
        assertEquals(report, q.text());
    }

    @Test
    void saidTheSameIsNoReport() {
        assertTrue(ofKind("Only half agreed, while 73 percent said the same of the mayor.", QuoteKind.INDIRECT)
                .isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Adam, she has a name,” Ana Ruiz said, prompting Adam Obi to ask, “Where did you find this?”|Adam Obi",
            "Ana Ruiz said the senator backed the war. Adam Obi cut in to say “wrong.”|Adam Obi"})
    void speakerPromptedOrTakingATurnToSpeak(String text, String name) {
        ExtractedQuote q = extractor.extract(text).stream().filter(x -> x.kind() != QuoteKind.INDIRECT)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(name, q.speakerName());
    }

    @Test
    void quoteAQuoteReadsIsNoTurnTaking() {
        String text = "Ana Ruiz continued: “The issue is partisan, but I’m going to read you the question: ‘Does her "
                + "health affect her ability to serve?’”";
        assertEquals("Ana Ruiz", extractor.extract(text).get(0).speakerName());
    }

    @Test
    void reportThatIsAllOneQuoteIsThatQuoteOnly() {
        String text = "Ana Ruiz said that “nobody is going to trash the mayor.”";
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> extractor.extract(text).toString());
        assertEquals("Ana Ruiz", extractor.extract(text).get(0).speakerName());
    }

    @Test
    void roleAfterAnInstitutionLeadsToItsBearer() {
        assertEquals("Ana Ruiz", only("“We are aware of the reports,” said State Department spokeswoman Ana Ruiz.",
                QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The agency told blood donation centers that they cannot accept the donations.|they cannot accept the "
                    + "donations",
            "Ruiz over the weekend said he was sickened by the remarks.|he was sickened by the remarks"})
    void audienceOfSeveralBareWordsAndATimeBeforeTheCue(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void answeredIsACueAndTheSpeakerIsWhoTheHouseSpeakerIs() {
        String text = "House Speaker Ana Ruiz spoke on Monday. “I will tell you at the time,” Adam Obi answered. "
                + "The Speaker said the bill would pass.";
        assertEquals("Adam Obi", only(text, QuoteKind.DIRECT).speakerName());
        assertEquals("Ana Ruiz", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void leftMarkBetweenLettersIsAMistypedApostrophe() {
        assertEquals("Dana Whitfield", only("“The mayor refused to say it,” reported the Harlow Post‘s Dana Whitfield.",
                QuoteKind.DIRECT).speakerName());
    }

    @Test
    void surnameAlreadyQuotedIsWhomTheNextSentencesPronounMeans() {
        String text = "“I did not support the war,” Obi said.\n\n“You supported the war before the invasion,” Ruiz "
                + "said.\n\nObi disagreed.\n\n“The record shows that I'm right,” he said.";
        assertEquals("Obi", find(text, "The record").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Adam Obi spoke on Monday. Things were set to end there until Ana Ruiz herself took to Twitter. “Hi Adam. "
                    + "I will definitely be at the debate!”",
            "Adam Obi spoke on Monday.\n\nAna Ruiz posted on Facebook.\n\n“Hi Adam. I will definitely be at the debate!”"})
    void quoteAfterASentenceOfPostingIsThePostersWords(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void quoteBeforeAParticipleAndTheNextQuoteIsDirect() {
        String text = "Later Tuesday, Ana Ruiz told supporters via text message, “I am feeling fine and better,” adding, "
                + "“I am just anxious to get back out there.”";
        List<ExtractedQuote> direct = ofKind(text, QuoteKind.DIRECT);
        assertEquals(2, direct.size(), () -> extractor.extract(text).toString());
        assertTrue(direct.stream().allMatch(q -> "Ana Ruiz".equals(q.speakerName())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The 54-year-old said: “They got on.”", "“They got on,” the 54-year-old actress said."})
    void ageEpithetNamesThePersonTheSentencesBeforeAreAbout(String quote) {
        String text = "British actress Ana Ruiz said she saw Tom Alder and Omar Haddad become friends. " + quote;
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“The claims are false,” said Health Minister Ana Ruiz and Transport Minister Tom Alder Chee in a joint "
                    + "statement. “We will sue,” said the ministers.|Ana Ruiz and Tom Alder Chee",
            "Ana Ruiz and Tom Alder posted a statement on Friday. “We will sue,” the pair said.|Ana Ruiz and Tom Alder",
            "“The claims are false,” said Ana Ruiz and Tom Alder. Omar Haddad and Dana Whitfield spoke on Friday. "
                    + "“We will sue,” said the two.|Omar Haddad and Dana Whitfield",
            "Ana Ruiz and Tom Alder say changes are needed. “We will sue,” they said.|Ana Ruiz and Tom Alder",
            "Ana Ruiz and Tom Alder were charged on Monday. “We will sue,” the two women said.|Ana Ruiz and Tom Alder",
            "Ana Ruiz and Tom Alder were charged on Monday. Both men said: “We will sue.”|Ana Ruiz and Tom Alder"})
    void pairOrTheirSharedRoleMeansTheTwoWhoSpokeOrActedTogether(String text, String speakers) {
        assertEquals(speakers, find(text, "We will sue").speakerName());
    }

    @Test
    void sharedRoleTheTwoDidNotBearIsNotThem() {
        String text = "“The claims are false,” said Ana Ruiz and Tom Alder. “We will sue,” said the ministers.";
        assertEquals("ministers", find(text, "We will sue").speakerName());
    }

    @Test
    void surnameWithAHyphenedParticleExpandsToTheFullName() {
        String text = "Omar al-Rashid, a member of the council, confirmed on Facebook that the truce would hold."
                + "\n\n“We accepted the calls,” al-Rashid wrote.";
        assertEquals("Omar al-Rashid", only(text, QuoteKind.DIRECT).speakerName());
        ExtractedQuote confirmed = only(text, QuoteKind.INDIRECT);
        assertEquals("Omar al-Rashid", confirmed.speakerName());
        assertEquals("the truce would hold", confirmed.text());
    }

    @Test
    void surnameMeansTheNameItEndsRatherThanOneItIsInsideOf() {
        String text = "The gift honours Tom Alder. Each school will pick five Tom Alder Scholar recipients a year.\n\n"
                + "“I am humbled,” Alder said.";
        assertEquals("Tom Alder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tina and Robert Alder headed to their store. “We lost everything,” said Tina.|Tina Alder",
            "Ruiz and Robert Alder headed to their store. “We lost everything,” said Ruiz.|Ruiz"})
    void firstNameJoinedToAFullNameSharesItsSurname(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The patrol confirmed it in a tweet that said “he is in custody,” while patrol spokesman, Sgt. Tom Alder, "
                    + "tweeted “Gunman captured tonight.”",
            "The patrol confirmed it in a tweet that said “he is in custody,” while Harlow State Patrol spokesman, "
                    + "Sgt. Tom Alder, tweeted “Gunman captured tonight.”"})
    void secondClauseWithItsOwnSpeakerAfterAQuote(String text) {
        assertEquals("Tom Alder", find(text, "Gunman").speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We cannot raise taxes,” said Pct. 2 commissioner, Tom Alder.|Pct. 2 commissioner",
            "Spokesperson Brig. Gen. Tom Alder said: “We cannot raise taxes.”|Spokesperson Brig. Gen."})
    void abbreviatedRanksAndOfficesDoNotEndTheSentence(String text, String description) {
        ExtractedQuote q = find(text, "We cannot");
        assertEquals("Tom Alder", q.speakerName());
        assertEquals(description, q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fine Gael TD Ana Ruiz told the radio station that the party was populist.|Ana Ruiz",
            "Labour MSP Ana Ruiz said the party was populist.|Ana Ruiz",
            "Majority Whip Ana Ruiz said the party was populist.|Ana Ruiz",
            "Minister for Social Protection Mary Ruiz said the party was populist.|Mary Ruiz"})
    void parliamentaryTitlesAndOfficesBeforeANameAreNoPartOfIt(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia must pay, Minister of Foreign Affairs of Ukraine Ana Ruiz stated.|Ana Ruiz",
            "US Ambassador to the Philippines Ana Ruiz said the attack was unlawful.|Ana Ruiz",
            "The attack was unlawful, said Ambassador to China Ana Ruiz.|Ana Ruiz"})
    void countryAnOfficeServesIsNoPartOfTheName(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Health and Human Services Secretary Tom Alder said the rule was final.|"
                    + "Health and Human Services Secretary",
            "Secretary of Health and Human Services Tom Alder said the rule was final.|"
                    + "Secretary of Health and Human Services",
            "The rule was final, said Water Resources and District Incharge Minister Tom Alder.|"
                    + "Water Resources and District Incharge Minister",
            "Deputy Prime Minister and Minister for Home Affairs Tom Alder said the rule was final.|"
                    + "Deputy Prime Minister and Minister for Home Affairs",
            "Federal Minister for Planning, Development and Special Initiatives Tom Alder said the rule was final.|"
                    + "Minister for Planning, Development and Special Initiatives",
            "Department of National Defense (DND) Secretary and Council Chairperson Tom Alder said the rule was final.|"
                    + "Department of National Defense (DND) Secretary and Council Chairperson",
            "Minister of Information and Culture Dr Tom Alder said the rule was final.|"
                    + "Minister of Information and Culture"})
    void officeJoinedByAndOrCommasIsItsHoldersDescription(String text, String office) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Tom Alder", q.speakerName());
        assertTrue(q.speakerDescription().endsWith(office), q.speakerDescription());
    }

    @Test
    void holderOfAnOfficeJoinedByAndIsFoundAgainByTitleAndSurname() {
        String text = "Deputy Prime Minister and Minister for Home Affairs Teo Chee Hean spoke on Monday. "
                + "“We will act,” Mr Teo said.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Teo Chee Hean", q.speakerName());
        assertEquals("Deputy Prime Minister and Minister for Home Affairs", q.speakerDescription());
    }

    @Test
    void officeSetOffBeforeItsHoldersNameIsNoName() {
        String text = "Minister for Emergency Management, Kieran McAnulty, says the response was fast.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Kieran McAnulty", q.speakerName());
        assertEquals("Minister for Emergency Management", q.speakerDescription());
    }

    @Test
    void doubleSurnameIsThePersonNamedInFull() {
        String text = "Cooperative Governance and Traditional Affairs Minister Nkosazana Dlamini Zuma visited the "
                + "area. “We are ready,” Dlamini Zuma said.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Nkosazana Dlamini Zuma", q.speakerName());
        assertEquals("Cooperative Governance and Traditional Affairs Minister", q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Garda Garret Lynch was on duty. Gda Lynch said the man had been drinking.|Garret Lynch",
            "Lagos Commissioner of Police Olohundare Jimoh spoke. CP Jimoh said the city was secure.|Olohundare Jimoh",
            "Deputy Solicitor General Dileepa Peiris appeared. DSG Peiris said the warrants were valid.|Dileepa Peiris",
            "Tengku Zafrul Aziz spoke on Monday. Tengku Zafrul said the reports were wrong.|Tengku Zafrul Aziz",
            "Home Minister Datuk Seri Ahmad Zahid Hamidi said the reports were wrong.|Ahmad Zahid Hamidi",
            "Prime Minister Narendra Modi visited the site. PM Modi said the reports were wrong.|Narendra Modi",
            "Hon. Mathias Mpuuga spoke on Monday. Mpuuga said the reports were wrong.|Mathias Mpuuga",
            "Rev. Fr. Cyril Gamini Fernando spoke on Monday. Rev. Fr. Gamini said the reports were wrong.|"
                    + "Cyril Gamini Fernando",
            "Leader of the Opposition Don Polye said the reports were wrong.|Don Polye",
            "Their names are Ian and Trudi Brown. Softly-spoken Trudi said the loan kept them going.|Trudi Brown",
            "Their names are Ian and Trudi Brown. Ian said the loan kept them going.|Ian Brown",
            "Elsewhere Tom Fyans, a campaigner, said the floods were a warning.|Tom Fyans"})
    void shortFormsOfANameFindThePersonNamedInFull(String text, String name) {
        assertEquals(name, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DIG East Ghulam Azfar Mahesar led the raids. “We arrested nine,” DIG East said.|Ghulam Azfar Mahesar",
            "“We arrested nine,” said DIG East Ghulam Azfar Mahesar.|Ghulam Azfar Mahesar",
            "“We arrested nine,” said ACP North West Garvin Henry.|Garvin Henry"})
    void areaARankServesIsNoPartOfTheName(String text, String name) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(name, q.speakerName());
        assertTrue(q.speakerDescription().startsWith("DIG East") || q.speakerDescription().startsWith("ACP North West"),
                q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Xi Jinping and Foreign Minister Wang Yi said the talks were useful.|Xi Jinping and Wang Yi",
            "Mr. King and Mr. Schultz say the talks were useful.|Mr. King and Schultz",
            "Rev. Ana Ruiz of King Solomon Baptist Church said the talks were useful.|Ana Ruiz"})
    void peopleJoinedByAndOrOfAPlaceAreNoOffice(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void officeWithOfBeforeANameMakesItTheSubjectAPronounMeans() {
        String text = "Chinese President Xi Jinping spoke first.\n\nSecretary of State Ana Ruiz described the talks as "
                + "useful. He quoted Tom Alder as saying the deal was close.";
        String speaker = find("Chinese President Xi Jinping spoke first.\n\nSecretary of State Ana Ruiz described the "
                + "talks as useful. She said the speech set the right tone.", "the speech").speakerName();
        assertEquals("Ana Ruiz", speaker);
        assertNull(find(text, "the deal").citedOutlet());
    }

    @Test
    void threeRoleWordsBeforeANameAreItsBearersRole() {
        String text = "Chinese foreign ministry spokesman Zhao Lijian said the two countries were “in contact,” "
                + "according to the Global Times.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Zhao Lijian", q.speakerName());
        assertEquals("Chinese foreign ministry spokesman", q.speakerDescription());
    }

    @Test
    void initialAAfterATitleIsNoArticleOpeningASentence() {
        String text = "“We need action,” said Rep. Ana Ruiz. “The data is clear,” Rep. A. Tom Alder wrote in an email.";
        assertEquals("A. Tom Alder", find(text, "The data").speakerName());
    }

    @Test
    void placeBeforeAnInstitutionNounNamesTheInstitution() {
        assertEquals("Harlow prefecture",
                only("“Leave the square,” the Harlow prefecture tweeted.", QuoteKind.DIRECT).speakerName());
    }

    @Test
    void sourceAfterPerBeforeAColonIsTheSpeaker() {
        assertEquals("HLA", only("Per HLA: “We have talked to the writers.”", QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"“We will fight,” said the head of Veltra.",
            "The head of Veltra, who joined last year, said sales would rise. “We will fight,” he said."})
    void headOfAnInstitutionIsAPersonNotTheInstitution(String text) {
        assertEquals("head of Veltra", find(text, "We will fight").speakerName());
    }

    @Test
    void roleOfSeveralWordsBetweenAnAffiliationAndItsBearer() {
        String text = "Saudi Arabian oil minister Omar al-Rashid said on Monday that prices would recover.\n\n"
                + "“I have no crystal ball,” Rashid said.";
        assertEquals("Omar al-Rashid", only(text, QuoteKind.INDIRECT).speakerName());
        assertEquals("Omar al-Rashid", only(text, QuoteKind.DIRECT).speakerName());
        assertEquals("Saudi Arabian oil minister", only(text, QuoteKind.DIRECT).speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Why are you paid?” one journalist yelled.|journalist",
            "The ministerial code says: “Ministers must give accurate information.”|ministerial code",
            "Tom Alder lost in straight sets on Monday. “I thought I played well,” the Englishman, 25, said.|Tom Alder",
            "George Alder was sentenced on Friday. “Today is a sad day,” the Alder family wrote.|Alder family"})
    void moreRolesAndDocumentsSpeak(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tom Alder took over in June. “He is the game plan,” Rovers coach Alder said.|Tom Alder",
            "“We are ready,” said Harlow Rovers manager Alder.|Alder"})
    void surnameAloneAfterARoleIsItsBearerNotTheAffiliation(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(speaker, q.speakerName());
        assertTrue(q.speakerDescription().endsWith("Rovers coach") || q.speakerDescription().endsWith("manager"),
                q.speakerDescription());
    }

    @Test
    void pronounAfterALeadOpenedByABracketedCreditMeansItsSubject() {
        String text = "Veltra CEO apologizes\n\n(Ledger) - Veltra Inc Chief Executive Tom Alder apologized on Thursday."
                + "\n\nHe also said the company was unlikely to lose market share.";
        assertEquals("Tom Alder", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void connectiveOpeningTheSentenceIsNoSpeaker() {
        String text = "Nonetheless, the players struck a defiant note, insisting the side “will stick together”.";
        assertEquals("players", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void weakCueEndingTheSentenceAfterNamesIsTheirVerb() {
        String text = "Tom Alder and Ana Ruiz report for the Ledger.\n\n“The ruling is narrow,” Alder and Ruiz report.";
        assertEquals("Tom Alder and Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void indefiniteAgeIsSomeoneNew() {
        String text = "“The march is banned,” a police source told reporters. “It is crazy,” a 24-year-old woman said.";
        assertEquals("24-year-old woman", find(text, "It is crazy").speakerName());
    }

    @Test
    void ageEpithetNamesThePersonJustQuoted() {
        String text = "Adam Obi, who lives nearby, said he heard shots early Wednesday.\n\n“It woke me up this "
                + "morning,” the 72-year-old told The Associated Press.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Adam Obi", q.speakerName());
        assertEquals("Associated Press", q.citedOutlet());
    }

    @Test
    void outletAcronymBeforeASurnameIsNoFirstName() {
        String text = "House Speaker Ana Ruiz held a call on Monday.\n\nA source told CNN Ruiz told those on the call, "
                + "“you need to do what is best for your district.”";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void byAndAParticipleReportsForTheSubject() {
        String text = "Ana Ruiz responded to a Gold Star mother Wednesday night by saying her refusal to use the words "
                + "was a “manufactured” issue.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("her refusal to use the words was a “manufactured” issue", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void reportKeepsThePhrasalCueAsWritten() {
        assertEquals("pointed out", only("Ruiz also pointed out that the reports on the reshuffle are wrong.",
                QuoteKind.INDIRECT).cue());
    }

    @Test
    void emptyAndNullTextGiveNoQuotes() {
        assertTrue(extractor.extract(null).isEmpty());
        assertTrue(extractor.extract("").isEmpty());
        assertTrue(extractor.extract("No quotes here at all.").isEmpty());
    }

    @Test
    void nameAfterAPapersMastheadWithNoCommaIsTheName() {
        String text = "Senator Tom Alder spoke first. In a meeting with the editorial board of the Daily Chronicle Alder "
                + "said the bridge would be rebuilt. “We can't wait,” Alder said.";
        assertEquals("Tom Alder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The tariffs could be lifted next year, Sen. Ana Ruiz (D-Mo.) told The Kansas City Star on Thursday.|"
                    + "Kansas City Star",
            "The tariffs could be lifted next year, Ana Ruiz told a news conference in Topeka.|",
            "The tariffs could be lifted next year, Ana Ruiz, the state's trade commissioner, said on Tuesday.|",
            "The tariffs could be lifted next year, said trade commissioner Ana Ruiz at a briefing.|",
            "The tariffs could be lifted next year, said Professor Ana Ruiz of Harlow University on Monday (Oct 11).|",
            "The tariffs could be lifted next year, Ana Ruiz has warned.|"})
    void reportClosedByItsSpeakerAfterAnAudienceAPartyTagARoleOrATime(String text, String outlet) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The tariffs could be lifted next year", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(outlet, q.citedOutlet());
    }

    @Test
    void toldSomeoneToDoSomethingIsNoAudienceClosingAReport() {
        assertTrue(ofKind("The plan is dead, Ruiz told her husband to leave.", QuoteKind.INDIRECT).isEmpty());
        assertTrue(ofKind("Mr. Okafor, who knew the vote was lost, told his aides to draft a new bill.",
                QuoteKind.INDIRECT).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Bank just this month announced it would close ten branches.",
            "Harlow Bank earlier this month said it would close ten branches.",
            "Based on the audit, Harlow Bank on Tuesday said it would close ten branches."})
    void timeAndAdverbsBetweenTheSubjectAndTheCue(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("it would close ten branches", q.text());
        assertEquals("Harlow Bank", q.speakerName());
    }

    @Test
    void roleWithAParticipleMeansThePersonNamedWithTheRole() {
        String text = "Newly appointed Harlow Bank Governor Abdul Karim Sen spoke on Monday. “We will tame prices,” "
                + "added the newly-appointed governor.";
        assertEquals("Abdul Karim Sen", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void participleAfterASetOffCueGoesOnWithItsSpeaker() {
        String text = "Mayor Ana Ruiz spoke on Monday. Floating the rate can raise prices, she said, adding, "
                + "“We can only move towards stability slowly.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("adding", q.cue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We will talk,” the Chinese president was cited as saying.|Chinese president|",
            "“We will talk,” the Global Times cited the ministry as saying.|ministry|Global Times"})
    void closingCitedAsSaying(String text, String speaker, String outlet) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(speaker, q.speakerName());
        assertEquals(outlet, q.citedOutlet());
        assertEquals("cited as saying", q.cue());
    }

    @Test
    void reportClosedByCitedAsSaying() {
        ExtractedQuote q = only("The talks will resume in May, the Global Times cited the ministry as saying.",
                QuoteKind.INDIRECT);
        assertEquals("The talks will resume in May", q.text());
        assertEquals("Global Times", q.citedOutlet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "At least 10 people died in the blast, police said.|At least 10 people died in the blast",
            "The police said at least 10 people died in the blast.|at least 10 people died in the blast"})
    void reportOpeningWithAtLeast(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We are worried,” she told Al Jazeera.|Al Jazeera",
            "“We will sue,” Ana Ruiz told The Atlanta Journal-Constitution.|Atlanta Journal-Constitution",
            "“It is spreading,” Ana Ruiz told WSFA 12 News.|WSFA 12 News",
            "“They lied,” Ana Ruiz told British television station ITV.|ITV",
            "“They lied,” Ana Ruiz told state broadcaster KBC.|KBC"})
    void outletsWithHyphensNumbersAndDescriptors(String text, String outlet) {
        assertEquals(outlet, only(text, QuoteKind.DIRECT).citedOutlet());
    }

    @Test
    void wordsAfterAQuoteBeforeAnInvertedCueAreNoSpeaker() {
        String text = "“Nine people died” including a state minister, said Ali Hassan, a local police commander.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ali Hassan", q.speakerName());
        assertEquals("a local police commander", q.speakerDescription());
    }

    @Test
    void dayAfterANameIsNoPartOfIt() {
        String text = "Residents shouted down Mayor Ana Ruiz Wednesday at a town hall. “I am home,” responded Ruiz.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void hyphenatedTitleIsNoPartOfTheName() {
        String text = "“The outbreak is slowing,” Director-General Ana Ruiz said.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz had 20 points, and Tim Cole added 14 as Harlow beat Weston 79-70.",
            "The Commerce Department added 38 more firms to the blacklist on Friday.",
            "Washington added the company to the so-called entity list last year."})
    void addingPointsOrItemsIsNoReport(String text) {
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The WHO chief said there were nine times more cases in May.|WHO chief",
            "The WHO said there were nine times more cases in May.|WHO",
            "The US said there were nine times more cases in May.|US",
            "The U.S. said there were nine times more cases in May.|U.S."})
    void acronymsThatSpellAPronounAreInstitutions(String text, String speaker) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("there were nine times more cases in May", q.text());
        assertEquals(speaker, q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "State Superintendent of Public Instruction Tony Reyes visited the school. “Students are losing out,” the "
                    + "superintendent said.|Tony Reyes",
            "WHO Director-General Ana Ruiz spoke in Geneva. “It is important,” the director-general said.|Ana Ruiz",
            "Harlow Foods CEO Tom Alder spoke to analysts. “It was a good quarter,” said the chief executive.|Tom Alder"})
    void roleMeansThePersonTitledWithItBeforeTheName(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void reportClosedByAnInvertedRoleMeansThePersonTitledWithIt() {
        String text = "Harlow Foods CEO Tom Alder spoke to analysts. The rise came from higher prices, said the chief "
                + "executive.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("The rise came from higher prices", q.text());
        assertEquals("Tom Alder", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltra, a maker of routers, said the order was unfair. “It will do great harm,” the company said.|Veltra",
            "Shares of Harlow Group AG fell 18% on Tuesday. “Demand in China fell,” the company said.|Harlow Group AG",
            "Parents sued the Granite School District in May. “We follow the law,” the district said.|"
                    + "Granite School District",
            "The Harlow County Sheriff’s Office is searching for a man. “He is armed,” the sheriff’s office said.|"
                    + "Harlow County Sheriff’s Office",
            "Lawyers appealed to the Supreme Court on Friday. “The appeal fails,” the court said.|Supreme Court"})
    void companyOrDistrictMeansTheOneNamedBefore(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“We are proud,” said Tom Alder in a statement.¶“They deserve it,” the statement said.|Tom Alder",
            "The Prime Minister’s Office sent a statement to reporters.¶“No offence was meant,” the statement read."
                    + "|Prime Minister’s Office",
            "According to an alert issued by the Interior Ministry, schools will close.¶“Stay home,” the alert read."
                    + "|Interior Ministry",
            "Veltra’s letter to shareholders said sales fell.¶“Rivals are coming,” the letter noted.|Veltra"})
    void documentMeansWhoIssuedItLast(String text, String speaker) {
        List<ExtractedQuote> quotes = ofKind(text.replace("¶", "\n\n"), QuoteKind.DIRECT);
        assertEquals(speaker, quotes.get(quotes.size() - 1).speakerName());
    }

    @Test
    void courtFilingSpeaksForWhoeverFiledItAndItsVerbMayEndTheSentence() {
        String text = "In a five-page filing Friday, special counsel Ana Ruiz said the timeline was mixed up.\n\n"
                + "“The order does not state that,” the filing states.";
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
        assertEquals("report", only("“The order does not state that,” the report notes.", QuoteKind.DIRECT)
                .speakerName());
    }

    @Test
    void documentNoOneIssuedStaysTheDocument() {
        String text = "“We will respond,” the statement said.";
        assertEquals("statement", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Regulators have alleged that Veltra hid its sales. “We will respond,” the company said.",
            "China said the tariffs were unfair. “We will respond,” the company said.",
            "Teachers in Union City went on strike. “We will respond,” the union said.",
            "“I am staying,” Brandt told reporters. “Polls go up and down,” he said. “We will respond,” the company said.",
            "Brandt, who runs the shelter, said it was full. “We will respond,” the company said."})
    void companyIsNotAGroupACountryAPlaceOrAPerson(String text) {
        List<ExtractedQuote> quotes = ofKind(text, QuoteKind.DIRECT);
        String speaker = quotes.get(quotes.size() - 1).speakerName();
        assertTrue(speaker.equals("company") || speaker.equals("union"), speaker);
    }

    @Test
    void relativeClauseAfterTheSpeakerNamesSomeoneElse() {
        String text = "Rep. Vern Alder spoke first. “We need to get back in business,” said Alder, who is backing "
                + "fellow Ohio Rep. Tom Cole for the job.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Vern Alder", q.speakerName());
    }

    @Test
    void institutionBeforeATitleLeadsToTheTitleBearer() {
        String text = "“It is a sad day,” said Senate Minority Leader Ana Ruiz, D-N.Y., exiting the meeting.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void officeThatSentAStatementSpeaksIt() {
        String text = "Gov. Ana Ruiz's office sent a statement, saying:\n\n“We will appeal the ruling.”";
        assertEquals("Gov. Ana Ruiz's office", only(text, QuoteKind.DIRECT).speaker());
    }

    @Test
    void wireCreditAfterAQuoteIsNoSpeaker() {
        String text = "“The move escalates tensions,” the council said.\n\n“It breaks the shipping agreement.” - AFP";
        ExtractedQuote q = find(text, "It breaks");
        assertEquals("council", q.speakerName());
    }

    @Test
    void appositionAboutTheWordsIsNoDescription() {
        String text = "“That was a stunt,” said Tom Alder, a reference to a protest months earlier.";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Tom Alder", q.speakerName());
        assertNull(q.speakerDescription());
    }

    @Test
    void sentenceOpenerIsNoPartOfATitle() {
        String text = "As Senate Majority Leader Ana Ruiz walked to the floor, she said: “We have the votes.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("Senate Majority Leader", q.speakerDescription());
    }

    @Test
    void pronounAfterAGroupAskedSomeoneMeansTheOneWhoAnswered() {
        String text = "Mayor Tom Cole spoke first. Journalists asked Foreign Minister Ivan Petrov on Thursday to "
                + "comment, but Petrov said he had not read the interview.\n\n“I can only say that we want peace,” he "
                + "said.";
        assertEquals("Ivan Petrov", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void pronounNeverMeansSomeoneOfTheOtherSex() {
        String text = "Parent Jennifer Gaston, told the board “your policy is a mistake.”\n\nThe district had "
                + "lowered its quarantine number to 210, he said.";
        assertNull(only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz pledged that the city would rebuild the bridge.",
            "Ana Ruiz assured the senators that the city would rebuild the bridge.",
            "Ana Ruiz replied that the city would rebuild the bridge.",
            "Ana Ruiz also points out that the city would rebuild the bridge.",
            "Ana Ruiz opined that the city would rebuild the bridge.",
            "Ana Ruiz said during a joint news conference with Foreign Minister Tom Alder that the city would rebuild "
                    + "the bridge.",
            "Ana Ruiz said Nov. 7 that the city would rebuild the bridge.",
            "Ana Ruiz reported, citing city records, that the city would rebuild the bridge."})
    void lessCommonCuesAndPhrasesBeforeThat(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the city would rebuild the bridge", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz vowed a fight over the bill.",
            "Ana Ruiz shared the news with her staff on Monday.",
            "The board responded to other public comments, including that parents be given a seat.",
            "Ana Ruiz responded by using the example of Chicago to prove that the law failed.",
            "He responded then the same way that we must respond now.",
            "Polls show Ruiz ahead, with RealClearPolitics at 3 points, HuffPollster 4.3 points and others 2 points.",
            "Police confirmed the death of a man on Friday.",
            "The club announced the signing of striker Tom Alder from Stoke on a three-year contract.",
            "Ana Ruiz mentioned disparaging remarks Tom Alder had made about the mayor.",
            "Ana Ruiz confessed her love for the city.",
            "Ana Ruiz said this following the team's defeat to Tunisia on Sunday.",
            "Reporting from San Francisco — Apple found a way to divert attention from the lawsuit.",
            "The Ministry of Health has confirmed a cholera outbreak after samples tested positive in Nairobi.",
            "Authorities have confirmed at least one storm death in Florida.",
            "Islamic Jihad announced a truce with Israel on Sunday evening.",
            "The group claimed responsibility for Saturday's raid on the base.",
            "The 2017 fire claimed the lives of 72 people in the tower.",
            "The officer denied the charges in a phone conversation yesterday.",
            "The governor acknowledged the tireless commitment of volunteers during the floods.",
            "The health ministry noted increasing trends for the coronavirus in three regions.",
            "The hospital tweeted a picture of around six ambulances waiting outside.",
            "Ana Ruiz, a member of the council, confirmed the truce on Facebook.",
            "Footage showed some minor damage to the building.",
            "Satellite images show several destroyed buildings in the town.",
            "Storm warning signals have been raised over 20 provinces.",
            "A second identical warning covers most of Wales until Monday.",
            "An estimated 300,000 were stranded in the region.",
            "Everything Tom Alder says is a lie unless proven otherwise.",
            "Ana Ruiz found out she was expecting a daughter.",
            "Ana Ruiz went outside and found the tent on fire.",
            "The minister assured the farmers availed offer letters and allocated land on the same grounds as everyone "
                    + "else.",
            "The police charged the man with murder.",
            "The court affirmed the ruling on Monday.",
            "The Philippine branch alone has added an 18% capacity in the second quarter.",
            "He added his own name to the scoresheet in the 55th minute.",
            "He added a note of caution, should Ana Ruiz return to the campaign trail."})
    void objectsAndInfinitivesAreNoReports(String text) {
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> ofKind(text, QuoteKind.INDIRECT).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Opponents claim the neighbors would lose their homes.",
            "Opponents allege the neighbors would lose their homes."})
    void presentTenseClaimsAreReports(String text) {
        assertEquals("the neighbors would lose their homes", only(text, QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz revealed the neighbors would lose their homes.",
            "Ana Ruiz confessed the neighbors would lose their homes.",
            "Ana Ruiz informed them that the neighbors would lose their homes.",
            "The council confirmed a panel of judges had ruled the neighbors would lose their homes.",
            "Ana Ruiz announced she had reached a settlement with the neighbors.",
            "Ana Ruiz noted clients are beginning to demand diverse legal teams.",
            "Ana Ruiz noted several “intangibles” left her disillusioned with the plan.",
            "Ana Ruiz explained why she backs the plan over the council's.",
            "Authorities confirmed at least 20 people died in the floods.",
            "Video shows Tom Alder had his hands in the air when he was shot.",
            "Lebanese news agencies reported all four rockets were fired from the south.",
            "The coastguard said only 251 passengers and crew were on board.",
            "Ana Ruiz charged that the minister had misled the House.",
            "Ana Ruiz affirmed she did not have any official information.",
            "The bishop has clarified that the church will stay open."})
    void verbsThatUsuallyTakeAnObjectReportAClauseWithItsOwnVerb(String text) {
        assertEquals(1, ofKind(text, QuoteKind.INDIRECT).size(), () -> ofKind(text, QuoteKind.INDIRECT).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The African National Congress (ANC) met on Sunday. “We will win,” the ANC said.|African National Congress",
            "The Department of Energy (DoE) met on Sunday. “We will win,” DoE said.|Department of Energy",
            "The Special Relief Commissioner (SRC) met on Sunday. “We will win,” the SRC said.|SRC"})
    void bodyGivenByItsInitialsIsTheBodyTheyStandFor(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void roleOfABodyWithItsFieldBeforeTheBearersName() {
        String text = "Greenpeace UK’s head of climate Mel Evans said the plans were weak. “It is a disaster,” she "
                + "said.";
        ExtractedQuote report = only(text, QuoteKind.INDIRECT);
        assertEquals("Mel Evans", report.speakerName());
        assertEquals("Greenpeace UK’s head of climate", report.speakerDescription());
        assertEquals("Mel Evans", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“It is a wonderful community,” shares Rosemarie Mayan.|Rosemarie Mayan",
            "“The fire spread fast,” described Fire Chief Jay Melvin.|Jay Melvin",
            "Nawal Khalil fled the hospital. “They took my phone,” she described.|Nawal Khalil"})
    void verbsThatAreCuesOnlyAfterAQuote(String text, String name) {
        assertEquals(name, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void reportOfSomeoneBroughtInByARelativeClauseInsideAnotherReport() {
        String text = "The police watchdog has found officers used the wrong powers to arrest a man who says he was "
                + "overcome with grief.";
        assertEquals("police watchdog", find(text, "officers used").speakerName());
        assertEquals("man", find(text, "he was overcome").speakerName());
    }

    @Test
    void clauseThatOnlyIntroducesTheQuoteAfterItsColonIsNoReport() {
        String text = "Garda Alan Conlon was on duty that night. He said Gda Conlon replied: “The most she will do is "
                + "complain.”";
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty(), () -> ofKind(text, QuoteKind.INDIRECT).toString());
        assertEquals("Alan Conlon", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Police in their own investigation said the arrest was lawful.|Police|Police",
            "The Independent Police Conduct Authority ruled on it. The police in their own investigation found the "
                    + "arrest was lawful.|The police|police",
            "The spokesman for his campaign said the arrest was lawful.|The spokesman for his campaign|"
                    + "spokesman for his campaign"})
    void howTheyReportedIsNoPartOfTheSpeaker(String text, String speaker, String name) {
        ExtractedQuote q = find(text, "the arrest");
        assertEquals(speaker, q.speaker());
        assertEquals(name, q.speakerName());
    }

    @Test
    void roleOfABodyInTheLeadIsItsBearerNamedJustAfterByTheBodysInitials() {
        String text = "The head of the World Health Organization has warned that the worst is yet ahead.\n\n"
                + "WHO Director-General Tedros Adhanom Ghebreyesus said cases were rising.";
        assertEquals("Tedros Adhanom Ghebreyesus", find(text, "the worst").speakerName());
        assertEquals("WHO Director-General", find(text, "cases were").speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "United Lincolnshire Hospitals NHS Trust suspended the service. “It was a neutral action,” the trust said."
                    + "|It was|United Lincolnshire Hospitals NHS Trust",
            "The Eastern Cape province announced a review. “The plan will work,” the province said.|The plan|"
                    + "Eastern Cape province",
            "“The grid is damaged,” said the state electric utility CFE.|The grid|CFE",
            // The body named by the noun since the last body of its kind spoke.
            "The Met Office issued a warning. “Heavy rain is likely,” the Met Office said. Flood warnings are in place "
                    + "from the Environment Agency. The agency said: “People should prepare.”|People|"
                    + "Environment Agency",
            "Asked about the incident, the Israeli military said it had struck a number of suspects. “The area is a "
                    + "dangerous warzone,” it added.|The area|Israeli military"})
    void bodyCalledByTheKindOfBodyItIsIsTheOneNamedBefore(String text, String quoteStart, String name) {
        assertEquals(name, find(text, quoteStart).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The clinic closed after health bosses said the building was unsafe.|health bosses",
            "The family paid tribute, and his son Martin said he will be sorely missed.|his son Martin",
            "The Department of Energy (DoE) said Thursday that prices would rise.|The Department of Energy",
            "The state electric utility CFE said damage to the grid was extensive.|The state electric utility CFE"})
    void subjectsWithRolesInitialsOrNounsThatAreAlsoVerbs(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speaker());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz said earlier this month that the vaccine was safe.",
            "Ana Ruiz said on Twitter the vaccine was safe.",
            "Ana Ruiz said in a statement the vaccine was safe."})
    void timeOrPlaceBetweenTheCueAndItsClause(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the vaccine was safe", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The city did not fall to the rebels, the Democratic Republic of Congo said on Monday.|"
                    + "Democratic Republic of Congo",
            "Early Monday, M23 rebels, who are backed by Kigali, claimed they took over the city.|M23 rebels",
            "Late on Sunday, the ministry said the city was calm.|ministry",
            "Hours later, the ministry said the city was calm.|ministry",
            "Shortly before 3pm, Judge Tom Alder called the jurors in and said the city was calm.|Tom Alder",
            "The main opposition Bangladesh Nationalist Party said the city was calm.|Bangladesh Nationalist Party",
            "The city was calm, according to the US Geological Survey.|US Geological Survey",
            "The IMF Report said the city was calm.|IMF",
            "The Committee for a Responsible Federal Budget said the city was calm.|Committee for a Responsible "
                    + "Federal Budget",
            "The president of the Nigeria Medical Association said the city was calm.|"
                    + "president of the Nigeria Medical Association"})
    void countriesBodiesAndOpeningTimesAreReadWhole(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The encounter comes six days after police claimed to have busted a module and said that four people had "
                    + "been arrested.|police",
            "The comments come one week after Tom Alder criticised the new zone, telling reporters that it had "
                    + "forced a charity to move.|Tom Alder",
            "Alarm bells rang on Thursday after the owner of Argos issued a profit warning and said that discounts "
                    + "were not working.|owner of Argos",
            "Harlow Bank of Commerce issued a profit warning today and said that discounts were not working.|Harlow "
                    + "Bank of Commerce"})
    void secondVerbOfAClauseInsideTheSentenceIsThatClausesSubjects(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The rebels advanced on the city, but a spokesman for the rebels said they did not plan to take it.|"
                    + "spokesman for the rebels|they did not plan to take it",
            "The talks collapsed hours after the Pentagon said North Korea has sent troops to Russia.|Pentagon|"
                    + "North Korea has sent troops to Russia",
            "The report, in which the Met Office said summers would be hotter, was published on Monday.|Met Office|"
                    + "summers would be hotter"})
    void reportInsideAClauseOfItsOwnIsItsSubjects(String text, String speaker, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(speaker, q.speakerName());
        assertEquals(report, q.text());
    }

    @Test
    void wholeSentencesQuotedAfterThatAreADirectQuote() {
        String text = "Asked about talks, Ana Ruiz said that “Yes, of course. I would much rather talk.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Yes, of course. I would much rather talk.", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz said the talks would resume in May, according to state broadcaster KBC.|KBC",
            "Ana Ruiz said the talks would resume in May, reported the Harlow Morning Post.|Harlow Morning Post",
            "Ana Ruiz said the talks would resume in May, the Harlow Times reported.|Harlow Times",
            "Ana Ruiz said the talks would resume in May, state broadcaster KBC reported.|KBC",
            "Ana Ruiz said the talks would resume in May, local media reported.|local media",
            "Ana Ruiz said the talks would resume in May, according to Iranian state media.|Iranian state media",
            "Chinese state media said Ana Ruiz told the envoy that the talks would resume in May.|Chinese state media",
            "The Harlow Times reported that Ana Ruiz said the talks would resume in May.|Harlow Times"})
    void outletReportingASpeakersWordsIsCitedNotTheSpeaker(String text, String outlet) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the talks would resume in May", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(outlet, q.citedOutlet());
    }

    @Test
    void outletQuotingASourceClosesItsReportAndIsNoPersonAPronounMeans() {
        String text = "Ana Ruiz will hold talks with Tom Alder, The Harlow Morning Post said, quoting an unnamed source."
                + "\n\n“These issues matter,” she said.";
        ExtractedQuote report = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz will hold talks with Tom Alder", report.text());
        assertEquals("Harlow Morning Post", report.speakerName());
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void outletClosingASentenceAfterItsQuotedWordsIsCited() {
        String text = "Ana Ruiz said the talks were “the core of our interests,” state broadcaster KBC reported.";
        ExtractedQuote q = only(text, QuoteKind.PARTIAL);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("KBC", q.citedOutlet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz said the talks would resume in May, dpa news agency reported.|dpa news agency",
            "Ana Ruiz said the talks would resume in May, Iranian state television reported.|Iranian state television",
            "Ana Ruiz said the talks would resume in May, APA reports citing Teletrader.|null"})
    void outletKnownByItsKindOrCitingItsOwnSourceClosesTheReport(String text, String outlet) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the talks would resume in May", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(outlet.equals("null") ? null : outlet, q.citedOutlet());
    }

    @Test
    void thinkTankIsANounNotACue() {
        ExtractedQuote q = only("The King's Fund think tank said another record had been set.", QuoteKind.INDIRECT);
        assertEquals("another record had been set", q.text());
        assertEquals("said", q.cue());
    }

    @Test
    void channelNumberEndsTheOutletTold() {
        ExtractedQuote q = only("Ana Ruiz told News 2 she saw the man set the fire.", QuoteKind.INDIRECT);
        assertEquals("she saw the man set the fire", q.text());
        assertEquals("News 2", q.citedOutlet());
    }

    @Test
    void countryBeforeAHeadlineWordIsNoTitledSurname() {
        String text = "U.S. Deaths from Heat Are Undercounted\n\n“It never came up,” he said.";
        assertNull(only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void paperReportingWhatSomeoneDidIsNoSpeech() {
        String text = "The Times wrote that Ana Ruiz had claimed a loss of $916 million in 1995 on her tax return.";
        assertEquals("Times", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void mediaReportsAreNoVerb() {
        String text = "In a briefing, Ana Ruiz talked about media reports, claiming that the advisers had lied to him.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("the advisers had lied to him", q.text());
    }

    @Test
    void roleInTheLeadMeansThePersonWhoMadeTheRemarks() {
        String text = "Joint drills have become a new normal for the navy, a military scholar said on Tuesday.\n\n"
                + "Li Wei, a professor at the Defense University, made the remarks after the exercises began.";
        assertEquals("Li Wei", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void liveBlogLabelWithAnInfinitiveNamesTheSpeaker() {
        String text = "Trump on Bolton's willingness to testify: “He would know nothing about it.”";
        assertEquals("Trump", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "European Commission President Ana von der Berg spoke in Brussels. “We will act,” she said.|"
                    + "Ana von der Berg",
            "“We will act,” said Commission President Ana von der Berg.|Ana von der Berg",
            "Ana von der Berg spoke in Brussels. “We will act,” von der Berg said.|Ana von der Berg"})
    void namesWithTwoParticles(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sheikh Omar bin Rashid Al Nuaimi opened the port. “We are ready,” Sheikh Omar said.|"
                    + "Sheikh Omar bin Rashid Al Nuaimi",
            "Ana Maria da Graca Foster spoke on Monday. “We are ready,” Foster said.|Ana Maria da Graca Foster",
            "Luiz Carlos Lima da Silva spoke on Monday. “We are ready,” he said.|Luiz Carlos Lima da Silva"})
    void longNamesWithParticlesAreKeptWhole(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltra reported record sales on Thursday. The company said demand was strong.|Veltra",
            "The Liberal Democrats launched their manifesto. The party said the plan would cost £20bn.|Liberal Democrats",
            "Skylink cancelled 400 flights on Friday. The budget airline said strikes were to blame.|Skylink",
            "Shares in Marlow fell 3% on Monday. The supermarket said sales had slowed.|Marlow",
            "Harlow Bank's profits fell. Analysts were surprised. The lender said the cuts were needed.|Harlow Bank",
            "The Democratic Alliance (DA) walked out. The party said the vote was unlawful.|Democratic Alliance"})
    void organisationNamedAgainByItsKindIsTheOneTheSentencesBeforeAreAbout(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz opened the store on Monday. The company said demand was strong.",
            "Texas sued the company on Monday. The company said the claims were false.",
            "Veltra sold more phones.\n\nThe storm hit the coast.\n\nThe company said demand was strong."})
    void kindOfOrganisationWithNoOrganisationBeforeIsNotGuessed(String text) {
        assertEquals("company", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void particleOpeningASentenceIsTheSameName() {
        String text = "Mayor Bill de Blasio entered the race. De Blasio said the city was safe. “He is a bully,” he said.";
        assertEquals("Bill de Blasio", only(text, QuoteKind.INDIRECT).speakerName());
        assertEquals("Bill de Blasio", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void secondVerbAfterAnInvertedCueIsTheInvertedSpeakers() {
        String text = "Ajay Rao spoke on TV. India wanted assurances on terrorism, he said and added that doors for "
                + "talks were not closed.";
        ExtractedQuote q = find(text, "doors for talks");
        assertEquals("he", q.speaker());
        assertEquals("Ajay Rao", q.speakerName());
    }

    @Test
    void countryThatSpokeIsNeverHe() {
        String text = "Ajay Rao spoke on TV. India said it wanted assurances on terrorism. “Doors are not closed,” he said.";
        assertEquals("Ajay Rao", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meanwhile, the party's aide Tariq Dar said that his party would govern. “The independents have contacted "
                    + "us,” said the former finance minister.|Tariq Dar",
            "The candidate of the coalition, Rafael Ortiz, announced on Sunday that he would vote. “We will not lose "
                    + "the country,” said the former Medellín mayor.|Rafael Ortiz",
            "Manchester United manager Jose Morales dismissed the reports. Morales said the reports were untrue. “I "
                    + "don’t know if it is 12 weeks or 12 days,” the Portuguese said.|Jose Morales"})
    void epithetAfterAQuoteOpeningItsSentenceIsThePersonTheSentencesBeforeAreAbout(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Richard Morris died on Monday. In a statement, Mr Morris’ family paid tribute to him. The statement "
                    + "read: “He was a wonderful son.”|Richard Morris's family",
            "Richard Morris died on Monday. In a statement, Mr Morris’s family paid tribute to him. The statement "
                    + "read: “He was a wonderful son.”|Richard Morris's family",
            "Richard Morris died on Monday. In a statement, his family paid tribute to him. The statement read: “He "
                    + "was a wonderful son.”|Richard Morris's family",
            "A court ruled that Skylink broke the law. Skylink lost the case. “We apologise,” the airline’s own "
                    + "statement said.|Skylink"})
    void statementIsItsIssuersWhoeverIssuedIt(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UPS reported a rise in profit.¶UPS closed at $53 on Wednesday.¶The package deliverer said the cuts were "
                    + "needed.|UPS",
            "Microsoft said the bid was fair.¶“We will act,” the software titan said.|Microsoft",
            "VW said on Friday that revenue rose.¶The German auto maker said the cuts were needed.|VW",
            "Volkswagen AG reported its results. The German auto maker said the cuts were needed.|Volkswagen AG"})
    void firmNamedAgainByItsKindIsTheFirmTheParagraphsBeforeAreAbout(String paragraphs, String firm) {
        List<ExtractedQuote> quotes = extractor.extract(paragraphs.replace("¶", "\n\n"));
        assertEquals(firm, quotes.get(quotes.size() - 1).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Shares fell on Monday. Investors were surprised. The lender said the cuts were needed.",
            "Analysts were surprised. The lender said the cuts were needed."})
    void commonPluralOpeningASentenceIsNoOrganisation(String text) {
        assertNull(only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“Thank you, New Hampshire!” Bernie Sanders bellowed.|bellowed",
            "“By exiting, you are keeping your promise,” Scott Pruitt gushed to Trump.|gushed",
            "“I'm so worried,” Georgina Sanchez sobbed.|sobbed",
            "“It's hard to put into words,” mumbled New Zealand captain Kieran Read.|mumbled",
            "“Now you will hear it from me,” Janet Jackson teased in a voiceover.|teased",
            "“Proud of our team,” echoed Toronto Mayor John Tory.|echoed",
            "“I won the bloody race,” Romain Grosjean beamed.|beamed",
            "“No one is in danger,” Sheriff Don Edenfield assured the public in a video on Facebook.|assured",
            "“I would like to congratulate England,” said All Black coach Steve Hansen.|said"})
    void verbsOfMannerAfterAQuoteAreCues(String text, String cue) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals(cue, q.cue());
        assertNotNull(q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Detroit police arrested the man on Friday. Police said in a statement that the suspect fled.|Detroit police",
            "The Nova Scotia RCMP found the car. In a written statement Friday, police said the suspect fled.|"
                    + "Nova Scotia RCMP",
            "The Delhi Police took over the case from Gokulpuri police station. Police said the suspect fled.|"
                    + "Delhi Police"})
    void policeAreTheForceTheTextNames(String text, String force) {
        assertEquals(force, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void leaderNamedByTitleIsNotARelativeNamedInFull() {
        String text = "President Tremont said on Thursday that the US would withdraw. Ivanka Tremont was in the audience. "
                + "“We are getting out,” Tremont said.";
        assertEquals("Tremont", only(text, QuoteKind.INDIRECT).speakerName());
        assertEquals("Tremont", only(text, QuoteKind.DIRECT).speakerName());
        String same = "President Barack Osei spoke. Michelle Osei smiled. “We are ready,” President Osei said.";
        assertEquals("Barack Osei", only(same, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void relativeClauseAfterANameSetOffByACommaReports() {
        String text = "The bill was backed by Sen. Ted Cole, who said the legislation does not have majority support.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the legislation does not have majority support", q.text());
        assertEquals("Ted Cole", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The bill was backed by Sen. Ted Cole, who said it lacks support. “The draft worries me,” the Texas "
                    + "Republican said.|Ted Cole",
            "“We want to work with the governor,” said Senate President Warren Peters. And the Gilbert Republican "
                    + "said he had set a record.|Warren Peters"})
    void partyMemberFromAPlaceIsThePersonJustSpokenOf(String text, String speaker) {
        assertEquals(speaker, extractor.extract(text).get(1).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Senator Ana Ruiz issued a statement saying that the director had lost her confidence.",
            "Senator Ana Ruiz posted a message saying the director had lost her confidence."})
    void documentSayingAClauseReportsItsIssuersWords(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("the director had lost her confidence", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Council Speaker Ada Adams and Finance Committee Chair Justin Brann said that the budget was balanced.|"
                    + "Ada Adams and Justin Brann",
            "Susan Cole of Maine and Jeff Flake of Arizona said that the budget was balanced.|Susan Cole and Jeff Flake",
            "“The budget is balanced,” said Trump ally and activist investor Carl Ican.|Carl Ican"})
    void twoPeopleWithTheirTitlesOrHomesSpeakTogether(String text, String speakers) {
        ExtractedQuote q = extractor.extract(text).get(0);
        assertEquals(speakers, q.speakerName());
        if (speakers.contains(" and ")) {
            assertNull(q.speakerDescription(), "a role of one of the two describes neither");
        }
    }

    @Test
    void peopleListedWithCommasSpeakTogether() {
        String text = "Justices Mordy Brom, Darryl Rangi and Robert Bromw found that the airline broke the law.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("Mordy Brom, Darryl Rangi and Robert Bromw", q.speakerName());
        assertEquals("Justices", q.speakerDescription());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Political scientists Helmut Norp and Michael Bedn built a model. “In plain English,” they wrote.|"
                    + "Helmut Norp and Michael Bedn",
            "Ana Ruiz and Omar Haddad left early. The police arrived. “We are here,” they said.|police"})
    void theyAfterTwoPeopleOpeningTheSentenceBeforeIsThePair(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A buyer in Mumbai, Dr Kaur Singh, told ANI, “Prices are high.”|Kaur Singh",
            "“Prices are high,” said a resident in Lagos.|resident in Lagos",
            "“Prices are high,” said the US ambassador in Harlow.|US ambassador in Harlow",
            "A lesson from Loretta Lynch: “Be the voice that people hear.”|Loretta Lynch"})
    void someoneDescribedByWhereTheyAreIsNotThePlace(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void groupDescribedByWhereTheyAreIsNotThePlace() {
        String text = "Some taxpayers in Bulloch County told the board the tax was unfair.";
        assertEquals("taxpayers in Bulloch County", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void nameAfterTheFieldAnOfficeServesIsIndexedWithoutTheField() {
        String text = "MEMBER for Murray Plains Peter Walsh spoke on Monday. “It is a disgrace,” Mr Walsh said.";
        assertEquals("Peter Walsh", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Christine Sun, a lawyer, filed the case. Ms Sun added that the ruling was wrong.|Christine Sun",
            "SP Benjamin Hundey spoke on Monday. SP Hundey said that the officer was arrested.|Benjamin Hundey",
            "Bob Corkin spoke on Monday. Tennessee Sen. Corkin said that the president was joking.|Bob Corkin",
            "Illinois Comptroller Susana A. Mendez stated that the budget was late.|Susana A. Mendez"})
    void titledSurnamesAndOfficesFindTheNameInFull(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Newsom concluded his two-day tour yesterday in Fresno.",
            "The elections concluded on Wednesday amidst accusations of rigging.",
            "Lawmakers quickly asserted their legislative dominance in the session.",
            "Merz spoke in Berlin, noting US president Donald Trump's retreat from Europe.",
            "Pence defended the general, and reports said Flynn lied to the vice president."})
    void verbsThatReportOnlyAClauseReportNoNoun(String text) {
        assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She agreed that the plan was flawed.|the plan was flawed",
            "The minister emphasised that the border would stay closed.|the border would stay closed",
            "Analysts predict that prices will rise.|prices will rise",
            "The Tax Policy Center estimates the top earners would face an increase.|the top earners would face an "
                    + "increase",
            "Patriot Coal signaled it was willing to make a deal.|it was willing to make a deal",
            "The sheriff held a press briefing confirming that Navarro had been located.|Navarro had been located",
            "The ministry issued a statement, denying the reports were true.|the reports were true",
            "The president predicted they'll capitulate to Republicans.|they'll capitulate to Republicans",
            "President Tremont announced Thursday he's pulling the U.S. out of the accord.|he's pulling the U.S. out "
                    + "of the accord"})
    void moreVerbsReportAClause(String text, String report) {
        assertEquals(report, only(text, QuoteKind.INDIRECT).text());
    }

    @Test
    void bodiesOfAKindSpeakTogether() {
        assertEquals("two unions", only("The two unions said they would strike.", QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"She agreed to pay the fine.", "The two parties agreed on a deal.",
            "He repeated the claim on Monday.", "The fund predicted a rise in prices."})
    void thoseVerbsWithANounOrAnInfinitiveReportNothing(String text) {
        assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Immediately after the late-night vote, protesters began chanting, “Defund police!”|protesters",
            "Ana Ruiz farms near Mutare. Even if the rains did return, the crops would fail. “It is too late.”|"})
    void adverbOpeningAPhraseBeforeTheSubjectIsNoSpeaker(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void roleWithInitialsIsWhoeverTheInitialsDescribe() {
        String text = "WHO Director-General Tedros Adhanom spoke on Monday. The WHO chief said the world must act.";
        assertEquals("Tedros Adhanom", only(text, QuoteKind.INDIRECT).speakerName());
        String king = "John Dickey, the chief executive of Ora TV, which produces Mr. King's show, spoke. Mr. King said "
                + "the show was his.";
        assertNotEquals("John Dickey", find(king, "the show was his").speakerName(), "a courtesy title names no role");
    }

    @Test
    void officeWithBracketedInitialsOrBodyBeforeTheName() {
        String text = "The Police Public Relations Officer (PPRO), Benjamin Hundey, said the officer was arrested. The "
                + "PPRO, however, added that the matter was closed.";
        assertEquals("Benjamin Hundey", find(text, "the officer").speakerName());
        assertEquals("Benjamin Hundey", find(text, "the matter").speakerName());
        String body = "Additional PRO (Delhi Police) Anil Mittal said they had registered four cases. “We will act,” he "
                + "said.";
        assertEquals("Anil Mittal", only(body, QuoteKind.INDIRECT).speakerName());
        assertEquals("Anil Mittal", only(body, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void quoteParagraphAfterAParagraphBringingSomeoneInIsTheirs() {
        String text = "Police found the body on Monday.\n\nOtautau resident Adam McCall has been a friend of Mr Watene "
                + "since 2009.\n\n“Honestly, Dale was a really good person.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Adam McCall", q.speakerName());
        assertEquals(0.5, q.confidence());
        String named = "Adam McCall spoke first.\n\nAdam McCall has been a friend of Mr Watene since 2009.\n\n“Honestly, "
                + "Dale was a really good person.”";
        assertNull(only(named, QuoteKind.DIRECT).speakerName(), "someone named before is not being brought in");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "British Airways said it would cancel flights.|British Airways",
            "American Airlines said the flights were cancelled.|American Airlines",
            "British Airways cancelled flights. The airline said it was sorry.|British Airways",
            "Aussie Jones said the race was hard.|Jones"})
    void firmNamedForItsCountryIsNoSurname(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void stateBeforeANounIsNoCue() {
        String text = "State Senator Tom Benn released the following statement after the governor signed the state "
                + "budget:\n\n“This budget is a failure.”";
        assertEquals("Tom Benn", only(text, QuoteKind.DIRECT).speakerName());
        String office = "Spokesperson of Zamfara state governor Malam Nuhu Anka said gunmen stormed the village.";
        assertEquals("Malam Nuhu Anka", only(office, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void titleSetOffBeforeANameOpeningTheSentenceBeforeIsWhomThePronounMeans() {
        String text = "The Vice-President, Mahamudu Bawa, conceded defeat to John Mahama on Sunday. According to him, the "
                + "party lost the election.";
        assertEquals("Mahamudu Bawa", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shahid Amin, a foreign policy analyst and former Ambassador to several countries says, “The talks will "
                    + "fail.”|Shahid Amin",
            "Shahid Amin, a former ambassador says, “The talks will fail.”|Shahid Amin",
            "Echoing congressional Republicans, the president said on CBS, “We will wait.”|president"})
    void appositionWhoseClosingCommaIsLeftOutDescribesTheName(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void howAnInvertedSpeakerSpokeIsNoPartOfIt() {
        String text = "The man was arrested at 3am, said the police in clarifying details of what happened.";
        assertEquals("the police", only(text, QuoteKind.INDIRECT).speaker());
    }

    @Test
    void documentIsWhoeverSpokeWhereItIsMentionedNotItsAddressee() {
        String text = "In a letter to the secretary of state, Condoleezza Rice, the former officials said talks had "
                + "stalled. “The meeting seems to be a gamble,” the letter warns.";
        assertEquals("former officials", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void theyAfterAReportClosedByAGroupIsThatGroup() {
        String text = "North Korea's latest launch seems intended to sharpen its technology, experts said Wednesday.\n\n"
                + "The North's test also indicates that Pyongyang will stick to its schedule, they said.";
        assertEquals("experts", find(text, "The North's test").speakerName());
    }

    @Test
    void concedingDefeatReportsNothing() {
        assertTrue(extractor.extract("John Mahama has conceded defeat to Nana Akufo-Addo in the election.").isEmpty());
        assertEquals("he had lost", only("John Mahama conceded that he had lost.", QuoteKind.INDIRECT).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The UN mission in South Sudan said a number of its peacekeepers were killed.|UN mission in South Sudan",
            "The Minister of Information in Yei says he will visit the camps next week.|Minister of Information in Yei"})
    void officeNamedByWhereItServesIsNotThePlace(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WHO Director General Ana Ruiz said this while speaking to journalists in Geneva.",
            "The minister stated this during an interactive session with reporters in Abuja."})
    void sayingThisIsNoReport(String text) {
        assertTrue(ofKind(text, QuoteKind.INDIRECT).isEmpty());
    }

    @Test
    void invertedGroupClosesAReport() {
        ExtractedQuote q = only("The accused is believed to be unemployed, said police.", QuoteKind.INDIRECT);
        assertEquals("The accused is believed to be unemployed", q.text());
        assertEquals("police", q.speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Barrister John Price KC opened the case. Mr Price KC said the man had not been charged.|John Price",
            "Superintendent Dave Cole spoke first. Supt Cole said the man had not been charged.|Dave Cole"})
    void honoursAfterAndAbbreviatedRanksBeforeANameAreNoPartOfIt(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void outletWithAChannelNumberFirst() {
        assertEquals("10 News First", only("“It shook the house,” she told 10 News First.", QuoteKind.DIRECT)
                .citedOutlet());
    }

    @Test
    void announcedOnADayThenAClause() {
        ExtractedQuote q = only("Police announced Saturday afternoon they arrested a suspect.", QuoteKind.INDIRECT);
        assertEquals("they arrested a suspect", q.text());
    }

    @Test
    void reportClosedByADocumentWhoseNounIsAlsoAVerb() {
        ExtractedQuote q = only("The world has only a small chance of reaching that goal, the new report says.",
                QuoteKind.INDIRECT);
        assertEquals("The world has only a small chance of reaching that goal", q.text());
        assertEquals("the new report", q.speaker());
    }

    @Test
    void adverbOpeningASentenceIsNoSpeaker() {
        assertNull(only("Once hailed as a “City in the Sun”, the town has declined.", QuoteKind.PARTIAL).speaker());
    }

    @Test
    void invertedCueWithAnAboutPhraseClosesAReport() {
        ExtractedQuote q = only("People have lost confidence, said Scholz about the European elections.",
                QuoteKind.INDIRECT);
        assertEquals("People have lost confidence", q.text());
        assertEquals("Scholz", q.speakerName());
    }

    @Test
    void panelMeansTheBodyNamedWithItBefore() {
        String text = "The report by the Intergovernmental Panel on Climate Change came out on Monday. “Emissions must "
                + "fall by half,” the panel said.";
        assertEquals("Intergovernmental Panel on Climate Change", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void wordsADocumentRevealedInsideAReportAreTheReportersFragment() {
        String text = "Secretary-General Ana Ruiz said the report by the panel revealed “a litany of broken promises” "
                + "by governments.";
        ExtractedQuote q = only(text, QuoteKind.PARTIAL);
        assertEquals("a litany of broken promises", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void wordsAPersonUsedInsideAReportStayTheirs() {
        String text = "Tom Alder said that Ana Ruiz once described the deal as “the gold standard” of trade deals.";
        assertEquals("Ana Ruiz", find(text, "the gold").speakerName());
    }

    @Test
    void pronounAfterRolesJoinedByAndMeansTheNamedPerson() {
        String text = "Chancellor Ana Ruiz spoke first. Opposition leader and party leader Tom Alder laughed out loud. "
                + "In his reply, he said: “You have no plan.”";
        assertEquals("Tom Alder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void subjectBeforeAParticipleStopsAtItsVerb() {
        ExtractedQuote q = only("The prime minister came out fighting on Wednesday evening, insisting that taxes would "
                + "rise.", QuoteKind.INDIRECT);
        assertEquals("taxes would rise", q.text());
        assertEquals("The prime minister", q.speaker());
    }

    @Test
    void officeOpeningASentenceDescribesTheNameAfterIt() {
        String text = "Minister of Information and Culture, Tom Alder says the country is safe.\n\n“We are winning,” "
                + "the minister said.";
        assertEquals("Tom Alder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“We feel their shock and pain,’’ he said in Question Time, stressing the ties. Ana Ruiz spoke too.",
            "‘’We feel their shock and pain,’’ he said in Question Time, stressing the ties. Ana Ruiz spoke too."})
    void doubledSingleGlyphsCloseADoubleQuote(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("We feel their shock and pain,", q.text());
        assertEquals("said", q.cue());
    }

    @Test
    void britishSingleQuotesRunningOverParagraphs() {
        String text = "Tom Alder asked at Business Questions about the early finish.\n\nThe Labour MP for Harlow asked: "
                + "‘Will the Leader of the House confirm that ministers had somewhere else to be?\n\n‘Most namely going "
                + "cap in hand to the donors.’";
        List<ExtractedQuote> quotes = ofKind(text, QuoteKind.DIRECT);
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("Tom Alder", quotes.get(0).speakerName());
        assertEquals("Tom Alder", quotes.get(1).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz spoke to the jury on Monday. “There is one power removed from you,” the defence counsel said.|"
                    + "Ana Ruiz",
            "Ana Ruiz was at home with her children. “I heard the crash,” the mother of five said.|Ana Ruiz"})
    void roleNoOneWasGivenMeansThePersonTheSentencesBeforeAreAbout(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz was at home with her children.\n\n“I heard the crash,” the source said.",
            "Ana Ruiz spoke to the jury on Monday.\n\n“We will appeal,” the president said."})
    void unnamedRolesAndLeadersAreNotThePersonJustNamed(String text) {
        assertFalse("Ana Ruiz".equals(only(text, QuoteKind.DIRECT).speakerName()));
    }

    @Test
    void nameOfOneWordWrittenAloneFirstIsNotTheFirstWordOfALaterName() {
        String text = "Veltra defends its store.\n\nIt sells the Veltra Watch.\n\nVeltra says it has paid out $120 "
                + "billion to developers.";
        assertEquals("Veltra", only(text, QuoteKind.INDIRECT).speakerName());
    }

    @Test
    void firmNamedWithTwoJoinedNamesKeepsItsReport() {
        String text = "British retailer Veltra and Spencer issued a profit warning today and said a consumer downturn "
                + "was likely to be deeper.";
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("a consumer downturn was likely to be deeper", q.text());
        assertEquals("Veltra and Spencer", q.speakerName());
        String more = text + " Shares fell by a fifth. It added that the head of its food business was leaving.";
        assertEquals("Veltra and Spencer", ofKind(more, QuoteKind.INDIRECT).get(1).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US carmaker Veltra said a downturn was likely to be deeper.|Veltra",
            "Chinese tech giant Veltra said a downturn was likely to be deeper.|Veltra",
            "Veltra (NASDAQ: VLTR) said a downturn was likely to be deeper.|Veltra",
            "A downturn was likely to be deeper, Harlow Bank (NYSE:HB) analyst Ana Ruiz wrote in a note.|Ana Ruiz",
            "The downturn was likely to be deeper, British retailer Veltra said.|Veltra"})
    void kindOfFirmBeforeItsNameIsNoPartOfIt(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The clothing, food and homewares group, with 1,000 stores, said a downturn was likely to be deeper.",
            "The clothing, food and homewares group said a downturn was likely to be deeper."})
    void whatABodySellsListedWithCommasIsPartOfItsName(String text) {
        assertEquals("clothing, food and homewares group", only(text, QuoteKind.INDIRECT).speakerName());
        String named = "British retailer Veltra and Spencer issued a profit warning.\n\n" + text
                + "\n\nIt said its head of food was leaving.";
        List<ExtractedQuote> reports = ofKind(named, QuoteKind.INDIRECT);
        assertTrue(reports.stream().allMatch(q -> "Veltra and Spencer".equals(q.speakerName())), reports::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The oil and gas company said a downturn was likely to be deeper.|oil and gas company",
            "The mother and daughter said a downturn was likely to be deeper.|mother and daughter",
            "The police arrived and officers said a downturn was likely to be deeper.|officers"})
    void andJoiningKindsBeforeASpeakerNounStaysInThePhrase(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.INDIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tom Alder scored his 100th goal in the win over Harlow and manager Ana Ruiz was full of praise for her "
                    + "captain. She said: “Tom is a man who speaks his mind.”",
            "Tom Alder said the club was in trouble. Fans are worried and Harlow Rovers boss Ana Ruiz was the latest "
                    + "to speak. She said: “Tom is a man who speaks his mind.”",
            "Ana Ruiz, 36, gave evidence. Tom Alder, defending, asked about the case and Ruiz said it was unfair. She "
                    + "said: “Tom is a man who speaks his mind.”"})
    void pronounMeansTheSubjectOfTheLastClause(String text) {
        assertEquals("Ana Ruiz", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void namesJoinedByAndAreNoNewClause() {
        String text = "Tom Alder spoke first. Lawyers for both Ana and Maria Ruiz filed papers on Monday. “We object,” "
                + "he said.";
        assertEquals("Tom Alder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void commaAfterAParentheticalBeforeTheCue() {
        String text = "Coun Ana Ruiz (Wetherby Ward), said: “The original decision was to refuse.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void statementReleasedFromAnInstitutionIntroducesItsText() {
        String text = "The following is the full statement released Friday from the CDC:\n\n“The CDC continues to "
                + "investigate the outbreak.”";
        assertEquals("CDC", only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The FDA warned that recalled formula is still on shelves. “We are working on it,” the agency said.|FDA",
            "The Harlow Budget Office said taxes would rise. “We checked twice,” the agency said.|Harlow Budget Office",
            "The FDA said taxes would rise. The WHO said it was wrong. “We checked twice,” the agency said.|WHO",
            "The FDA said taxes would rise. The World Health Organization said it was wrong. “We checked twice,” "
                    + "the agency said.|World Health Organization",
            "The FDA said taxes would rise. The Centers for Disease Control and Prevention said it was wrong. “We "
                    + "checked twice,” the agency said.|Centers for Disease Control and Prevention",
            "The FDA said taxes would rise. The National Transportation Safety Board said it was wrong. “We checked "
                    + "twice,” the agency said.|National Transportation Safety Board"})
    void agencyMeansThePublicBodyThatSpokeLast(String text, String speaker) {
        assertEquals(speaker, only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void quoteStandingAloneAfterOneParagraphOfNarrativeGoesOnWithTheLastSpeaker() {
        String text = "“Of course it was my goal,” Tom Alder said with a laugh.\n\nBut the midfielder's goal came after "
                + "all. After a missed penalty, he got to the ball the quickest.\n\n“I tried to follow the ball.”";
        assertEquals("Tom Alder", find(text, "I tried").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“We have stretches where we get lost,” Tom Alder told reporters.\n\nFormer player Ana Ruiz shared the "
                    + "sentiment on Tuesday.\n\n“The team is tired.”",
            "“We have stretches where we get lost,” Tom Alder told reporters.\n\nThe report came out on Monday.\n\n"
                    + "“The world listened but it did not act,” deplored Ana Ruiz."})
    void quoteAfterNarrativeAboutSomeoneElseOrWithItsOwnCueIsNotTheLastSpeakers(String text) {
        assertFalse("Tom Alder".equals(find(text, "The ").speakerName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana Ruiz attacked Tom Alder on Sunday during a rally in Leeds. “The issues are stuck.”",
            "When asked about her surgery, Ana Ruiz was open and honest. “The issues are stuck.”",
            "Harlow Rovers President and CEO Ana Ruiz discussed the season. “The issues are stuck.”"})
    void quoteWithNoCueAfterASentenceAboutANamedPersonIsThatPersons(String text) {
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(0.5, q.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Veep and Silicon Valley return in April. “The issues are stuck.”",
            "The report came out on Monday. “The issues are stuck.”"})
    void quoteWithNoCueAfterASentenceAboutNoOneOrTwoIsUnattributed(String text) {
        assertNull(only(text, QuoteKind.DIRECT).speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tom Alder -- days after making comments that he might pull out of Europe -- said he plans to stay.",
            "Tom Alder — co-editor of a book on the debates — said he plans to stay."})
    void asideSetOffByDashesBetweenTheSubjectAndTheCue(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("he plans to stay", q.text());
        assertEquals("Tom Alder", q.speakerName());
    }

    @Test
    void groupNamedByTwoGroupNouns() {
        ExtractedQuote q = only("Harlow police sources said there could be more suspects.", QuoteKind.INDIRECT);
        assertEquals("there could be more suspects", q.text());
        assertEquals("Harlow police sources", q.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Ruiz said after CCTV footage was examined, Tom Cole was arrested in the case.|"
                    + "after CCTV footage was examined, Tom Cole was arrested in the case",
            "Ana Ruiz said in Tshwane, over 365 suspects were arrested during the operation.|"
                    + "in Tshwane, over 365 suspects were arrested during the operation",
            "Ana Ruiz said after a meeting with her counterparts from Ukraine, Russia and France that they would report "
                    + "back.|they would report back"})
    void phraseOpeningTheReportedClause(String text, String report) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals(report, q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void statementReportingSomeoneAsTellingQuotesThem() {
        String text = "President Ana Ruiz met the envoys on Monday. The statement reported her as telling them: "
                + "“Tomorrow we meet again.”";
        ExtractedQuote q = only(text, QuoteKind.DIRECT);
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("reported as telling", q.cue());
    }

    @Test
    void threeQuotedWordsTheSentenceRunsOnFromArePartial() {
        String text = "Ana Ruiz said “the last thing” she wanted was to fight.";
        ExtractedQuote q = only(text, QuoteKind.PARTIAL);
        assertEquals("the last thing", q.text());
        assertEquals("Ana Ruiz", q.speakerName());
    }

    @Test
    void quoteAfterASecondVerbOfTheSubjectPastAnEarlierQuote() {
        String text = "Health minister Ana Ruiz is hailing “good news” in the results, but warns “there is a long way to "
                + "go.”";
        ExtractedQuote q = find(text, "there is");
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals("warns", q.cue());
    }

    @Test
    void secondVerbInsideASubordinateClauseIsNotTheSubjects() {
        String text = "Tom Alder's remarks follow his comments a week earlier, when he expressed hope that sales would "
                + "resume but said there were “no plans to do so at the moment.”";
        assertFalse(String.valueOf(find(text, "no plans").speaker()).contains("remarks"));
    }

    @Test
    void possessiveAnswerBeforeAColonIsTheOwnersWords() {
        String text = "Chancellor Tom Alder was asked if he wanted to comment on the result. His answer: “Nope.”";
        assertEquals("Tom Alder", only(text, QuoteKind.DIRECT).speakerName());
    }

    @Test
    void nounAfterADeterminerAndAModifierIsNoCue() {
        String text = "Analyst Ana Ruiz and colleagues said in a research note that “the quarter was strong.”";
        assertEquals("Ana Ruiz", find(text, "the quarter").speakerName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tom Cole's brother, Ivan Cole, said he was outside when the deputy arrived.",
            "Tom Cole's brother, Ivan Cole, spoke to reporters on Monday and said he was outside when the deputy "
                    + "arrived.",
            "Tom Cole's brother, Ivan Cole, was the last witness. He said he was outside when the deputy arrived."})
    void nameSetOffAfterSomeonesRelativeSpeaks(String text) {
        ExtractedQuote q = only(text, QuoteKind.INDIRECT);
        assertEquals("he was outside when the deputy arrived", q.text());
        assertEquals("Ivan Cole", q.speakerName());
    }

    @Test
    void relativeGivenByFirstNameAloneIsWhomThePronounMeans() {
        String text = "Tom Cole's mother, Arlene, was the last witness. She said her son was outside that night.";
        assertEquals("Arlene", only(text, QuoteKind.INDIRECT).speakerName());
    }
}
