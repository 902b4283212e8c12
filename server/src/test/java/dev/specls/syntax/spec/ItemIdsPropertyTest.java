package dev.specls.syntax.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Canonical ids over many generated spellings (fixed seed): every spelling of one id (prefix case,
 * separator, zero padding, suffix case) has one key, different ids have different keys, and a key is
 * its own key.
 */
class ItemIdsPropertyTest {

    private static final String[] PREFIXES = {"FR", "NFR", "SC", "T", "US", "CHK", "REQ", "AUTH"};

    @Test
    void spellingsOfOneIdShareTheirKey() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 5_000; round++) {
            String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
            int number = random.nextInt(2_000);
            String suffix = random.nextInt(5) == 0 ? String.valueOf((char) ('a' + random.nextInt(26))) : "";
            String first = spell(random, prefix, number, suffix);
            String second = spell(random, prefix, number, suffix);
            assertEquals(ItemIds.canonical(first), ItemIds.canonical(second), first + " and " + second);
            assertEquals(prefix + "-" + number + suffix, ItemIds.canonical(first), first);
            assertEquals(ItemIds.canonical(first), ItemIds.canonical(ItemIds.canonical(first)), first);
            String other = spell(random, prefix, number + 1 + random.nextInt(5), suffix);
            assertNotEquals(ItemIds.canonical(first), ItemIds.canonical(other), first + " and " + other);
        }
    }

    @Test
    void dottedIdsIgnorePaddingOnly() {
        Random random = new Random(42L);
        for (int round = 0; round < 5_000; round++) {
            int depth = 1 + random.nextInt(3);
            int[] parts = new int[depth];
            StringBuilder plain = new StringBuilder();
            StringBuilder padded = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                parts[i] = random.nextInt(120);
                plain.append(i == 0 ? "" : ".").append(parts[i]);
                padded.append(i == 0 ? "" : ".").append("0".repeat(random.nextInt(3))).append(parts[i]);
            }
            assertEquals(plain.toString(), ItemIds.canonical(padded.toString()), padded.toString());
            assertEquals(ItemIds.canonical(plain.toString()), ItemIds.canonical(ItemIds.canonical(padded.toString())));
            String longer = plain + "." + random.nextInt(9);
            assertNotEquals(ItemIds.canonical(plain.toString()), ItemIds.canonical(longer), longer);
        }
    }

    @Test
    void textThatIsNoIdStaysAsWritten() {
        assertEquals("Phase 1", ItemIds.canonical(" Phase 1 "));
        assertEquals("setup", ItemIds.canonical("setup"));
        assertEquals("FR-1-x", ItemIds.canonical("FR-1-x"));
        assertEquals("", ItemIds.canonical(""));
    }

    private static String spell(Random random, String prefix, int number, String suffix) {
        String letters = switch (random.nextInt(3)) {
            case 0 -> prefix;
            case 1 -> prefix.toLowerCase(Locale.ROOT);
            default -> prefix.charAt(0) + prefix.substring(1).toLowerCase(Locale.ROOT);
        };
        String separator = switch (random.nextInt(3)) {
            case 0 -> "-";
            case 1 -> "";
            default -> "_";
        };
        String digits = "0".repeat(random.nextInt(4)) + number;
        String written = letters + separator + digits + (random.nextBoolean() ? suffix : suffix.toUpperCase(Locale.ROOT));
        return random.nextInt(4) == 0 ? " " + written + " " : written;
    }
}
