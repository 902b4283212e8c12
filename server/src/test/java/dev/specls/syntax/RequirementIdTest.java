package dev.specls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specls.syntax.plan.Ref;
import dev.specls.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequirementIdTest {

    @ParameterizedTest
    @CsvSource({
        "fr-001, FR-1",
        "FR-001, FR-1",
        "FR-1, FR-1",
        "REQ-01, REQ-1",
        "AUTH-01, AUTH-1",
        "FR-3a, FR-3a",
        "fr-03A, FR-3a",
        "FR-000, FR-0",
        "sc2-010, SC2-10",
        "REQ-123456789012345678901234567890, REQ-123456789012345678901234567890",
    })
    void canonicalFormComparesAcrossSpellings(String written, String canonical) {
        assertEquals(canonical, RequirementId.canonical(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "REQ", "REQ-", "-1", "1-REQ", "REQ-1ab", "REQ 1", "REQ-1-2", "RÉQ-1"})
    void canonicalLeavesNonIdsUnchanged(String notAnId) {
        assertEquals(notAnId, RequirementId.canonical(notAnId));
    }

    @Test
    void canonicalOfNullIsEmpty() {
        assertEquals("", RequirementId.canonical(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REQ-1", "fr-001", "FR-3a", "SC2-10", "A-0", "Auth-01"})
    void validIds(String id) {
        assertTrue(RequirementId.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "REQ", "REQ-", "1REQ-1", "-1", "FR-3A", "FR-3ab", "REQ_1", "REQ-1 ", " REQ-1", "RÉQ-1", "REQ-١"})
    void invalidIds(String id) {
        assertFalse(RequirementId.isValid(id));
    }

    @Test
    void invalidWhenNull() {
        assertFalse(RequirementId.isValid(null));
    }

    @Test
    void findsWordBoundedIdsWithFileSpans() {
        String text = "<action>Covers REQ-1, FR-001 and (AUTH-02a). Not xREQ-2, REQ-3x9, REQ-4-5, _REQ-6, REQ-7_ or req-8.</action>";
        int start = text.indexOf('>') + 1;
        int end = text.lastIndexOf('<');
        List<Ref> refs = RequirementId.findIn(text, start, end);
        assertEquals(List.of("REQ-1", "FR-001", "AUTH-02a"), refs.stream().map(Ref::value).toList());
        for (Ref ref : refs) {
            assertEquals(ref.value(), ref.span().of(text));
        }
    }

    @Test
    void rangeEndsActAsBoundaries() {
        String text = "xREQ-1y";
        assertEquals(List.of(new Ref("REQ-1", new Span(1, 6))), RequirementId.findIn(text, 1, 6));
        assertEquals(List.of(), RequirementId.findIn(text, 0, 6));
    }

    @Test
    void suffixOnlyWhenTheIdEndsThere() {
        assertEquals(List.of("REQ-1a"), values("see REQ-1a."));
        assertEquals(List.of(), values("see REQ-1ab"));
        assertEquals(List.of("REQ-12"), values("REQ-12.3"));
        assertEquals(List.of("A-1", "B-2"), values("A-1/B-2"));
    }

    @Test
    void toleratesBadRanges() {
        assertEquals(List.of(), RequirementId.findIn("REQ-1", 4, 2));
        assertEquals(List.of("REQ-1"), valuesIn("REQ-1", -5, 99));
        assertEquals(List.of(), RequirementId.findIn(null, 0, 1));
    }

    @Test
    void findsIdsAfterEmojiWithUtf16Spans() {
        String text = "🚀REQ-1 🚀 REQ-2";
        List<Ref> refs = RequirementId.findIn(text, 0, text.length());
        assertEquals(List.of(new Ref("REQ-1", new Span(2, 7)), new Ref("REQ-2", new Span(11, 16))), refs);
    }

    @Test
    void staysLinearOnLongPrefixRuns() {
        String text = "x" + "A".repeat(200_000) + "-1 " + "B-".repeat(100_000);
        assertEquals(List.of(), RequirementId.findIn(text, 0, text.length()));
        assertEquals(1, RequirementId.findIn(text, 1, text.length()).size());
    }

    @Test
    void parsesIntoComparableParts() {
        assertEquals(new RequirementId("FR", "3", 'a'), RequirementId.parse("fr-003A"));
        assertEquals(null, RequirementId.parse("REQ-1ab"));
        List<String> sorted = java.util.stream.Stream.of("REQ-10", "REQ-2a", "AUTH-9", "REQ-2", "REQ-123456789012345678901")
                .map(RequirementId::parse).sorted().map(RequirementId::toString).toList();
        assertEquals(List.of("AUTH-9", "REQ-2", "REQ-2a", "REQ-10", "REQ-123456789012345678901"), sorted);
    }

    @ParameterizedTest
    @CsvSource({"REQ-1, true", "FR-3a, true", "fr-1, false", "SC2-1, false", "FR-3A, false", "REQ-, false", "REQ-١, false"})
    void citableFormIsWhatThePlanTextCites(String id, boolean citable) {
        assertEquals(citable, RequirementId.isCitable(id));
        assertEquals(citable, !RequirementId.findIn(id, 0, id.length()).isEmpty()
                && RequirementId.findIn(id, 0, id.length()).get(0).value().equals(id));
    }

    @ParameterizedTest
    @CsvSource({"REQ-, true", "req-1, true", "Fr-3a, true", "re-run, false", "REQ, false", "-1, false", "REQ-1ab, false", "'', false"})
    void partialIdsWhileTyping(String word, boolean partial) {
        assertEquals(partial, RequirementId.isPartial(word));
    }

    @ParameterizedTest
    @CsvSource({"req-5, REQ-5", "AUTH-01, AUTH-01", "SC2-1, ", "FR-3a, ", "REQ, "})
    void sagoFormOfAnId(String id, String sagoForm) {
        assertEquals(sagoForm, RequirementId.toSagoForm(id));
    }

    private static List<String> values(String text) {
        return valuesIn(text, 0, text.length());
    }

    private static List<String> valuesIn(String text, int start, int end) {
        return RequirementId.findIn(text, start, end).stream().map(Ref::value).toList();
    }
}
