package dev.specls.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementIdScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            covers REQ-1 and FR-001.          | REQ-1 FR-001
            (AUTH-01a) [SC-2]                  | AUTH-01a SC-2
            xREQ-1 REQ-1X REQ-1ab REQ-12_      | ''
            REQ- REQ-a Req-1 REQ1              | ''
            A-1-B-2                            | A-1 B-2
            ÄREQ-1 REQ-1ä                      | ''
            """)
    void findsWordBoundedIds(String text, String expected) {
        List<String> found = RequirementIdScanner.findIn(text, 0, text.length()).stream().map(span -> span.of(text)).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), found);
    }

    @ParameterizedTest(name = "[{0}, {1})")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 5  | REQ-1
            0 | 4  | ''
            4 | 11 | REQ-2
            1 | 5  | ''
            """)
    void staysInsideTheRangeButSeesTheWordBeforeIt(int start, int end, String expected) {
        String text = "REQ-1 REQ-2";
        List<String> found = RequirementIdScanner.findIn(text, start, end).stream().map(span -> span.of(text)).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found);
    }
}
