package dev.specls.syntax.requirements;

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

class RequirementIdsTest {

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
        assertEquals(canonical, RequirementIds.canonical(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "REQ", "REQ-", "-1", "1-REQ", "REQ-1ab", "REQ 1", "REQ-1-2", "RÉQ-1"})
    void canonicalLeavesNonIdsUnchanged(String notAnId) {
        assertEquals(notAnId, RequirementIds.canonical(notAnId));
    }

    @Test
    void canonicalOfNullIsEmpty() {
        assertEquals("", RequirementIds.canonical(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REQ-1", "fr-001", "FR-3a", "SC2-10", "A-0", "Auth-01"})
    void validIds(String id) {
        assertTrue(RequirementIds.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "REQ", "REQ-", "1REQ-1", "-1", "FR-3A", "FR-3ab", "REQ_1", "REQ-1 ", " REQ-1", "RÉQ-1", "REQ-١"})
    void invalidIds(String id) {
        assertFalse(RequirementIds.isValid(id));
    }

    @Test
    void invalidWhenNull() {
        assertFalse(RequirementIds.isValid(null));
    }

    @Test
    void findsWordBoundedIdsWithFileSpans() {
        String text = "<action>Covers REQ-1, FR-001 and (AUTH-02a). Not xREQ-2, REQ-3x9, REQ-4-5, _REQ-6, REQ-7_ or req-8.</action>";
        int start = text.indexOf('>') + 1;
        int end = text.lastIndexOf('<');
        List<Ref> refs = RequirementIds.findIn(text, start, end);
        assertEquals(List.of("REQ-1", "FR-001", "AUTH-02a"), refs.stream().map(Ref::value).toList());
        for (Ref ref : refs) {
            assertEquals(ref.value(), ref.span().of(text));
        }
    }

    @Test
    void rangeEndsActAsBoundaries() {
        String text = "xREQ-1y";
        assertEquals(List.of(new Ref("REQ-1", new Span(1, 6))), RequirementIds.findIn(text, 1, 6));
        assertEquals(List.of(), RequirementIds.findIn(text, 0, 6));
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
        assertEquals(List.of(), RequirementIds.findIn("REQ-1", 4, 2));
        assertEquals(List.of("REQ-1"), valuesIn("REQ-1", -5, 99));
        assertEquals(List.of(), RequirementIds.findIn(null, 0, 1));
    }

    @Test
    void findsIdsAfterEmojiWithUtf16Spans() {
        String text = "🚀REQ-1 🚀 REQ-2";
        List<Ref> refs = RequirementIds.findIn(text, 0, text.length());
        assertEquals(List.of(new Ref("REQ-1", new Span(2, 7)), new Ref("REQ-2", new Span(11, 16))), refs);
    }

    @Test
    void staysLinearOnLongPrefixRuns() {
        String text = "x" + "A".repeat(200_000) + "-1 " + "B-".repeat(100_000);
        assertEquals(List.of(), RequirementIds.findIn(text, 0, text.length()));
        assertEquals(1, RequirementIds.findIn(text, 1, text.length()).size());
    }

    private static List<String> values(String text) {
        return valuesIn(text, 0, text.length());
    }

    private static List<String> valuesIn(String text, int start, int end) {
        return RequirementIds.findIn(text, start, end).stream().map(Ref::value).toList();
    }
}
