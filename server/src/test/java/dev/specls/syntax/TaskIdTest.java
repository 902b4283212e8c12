package dev.specls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskIdTest {

    @Test
    void parsesAsciiNumbersThatFit() {
        assertEquals(new TaskId(12, 3), TaskId.parse("12.3"));
        assertEquals(new TaskId(999_999_999, 1), TaskId.parse("999999999.1"));
        for (String unreadable : List.of("", "1", "1.", ".1", "1.2.3", "1.a", " 1.1", "١.٢", "1234567890.1", "1.1234567890")) {
            assertNull(TaskId.parse(unreadable), unreadable);
        }
        assertEquals(-1, TaskId.majorOf("x"));
        assertEquals(4, TaskId.majorOf("4.10"));
    }

    @Test
    void sagoFormIsPythonsPatternWithUnicodeDigits() {
        assertTrue(TaskId.isSagoForm("1.2"));
        assertTrue(TaskId.isSagoForm("١.٢"));
        assertTrue(TaskId.isSagoForm("1234567890.1"));
        for (String other : List.of("1", "1.", ".2", "1.2.3", "1.2 ", "a.1", "1-2")) {
            assertFalse(TaskId.isSagoForm(other), other);
        }
        assertEquals(7, TaskId.sagoFormEnd("[x] 1.2: name", 4, 13));
        assertEquals(-1, TaskId.sagoFormEnd("1: name", 0, 7));
    }

    @Test
    void sortsByPhaseThenTaskNumber() {
        assertTrue(TaskId.parse("1.2").compareTo(TaskId.parse("1.10")) < 0);
        assertTrue(TaskId.parse("1.10").compareTo(TaskId.parse("2.1")) < 0);
        assertEquals("3.07".length() - 1, TaskId.parse("3.07").toString().length());
    }

    @Test
    void nextFreeIdFollowsTheLargestNumberOfItsPhaseAndSkipsTakenOnes() {
        List<String> ids = List.of("1.1", "1.4", "2.9", "x");
        assertEquals(new TaskId(1, 5), TaskId.nextFree(1, ids, Set.of()::contains, 10));
        assertEquals(new TaskId(1, 7), TaskId.nextFree(1, ids, Set.of("1.5", "1.6")::contains, 10));
        assertEquals(new TaskId(3, 1), TaskId.nextFree(3, ids, Set.of()::contains, 10));
        assertNull(TaskId.nextFree(1, ids, id -> true, 5));
    }

    @Test
    void stripsAsPythonDoes() {
        assertEquals("1.1", TaskId.strip(" \t1.1\u00a0\u0085"));
        assertEquals("", TaskId.strip("  "));
    }
}
