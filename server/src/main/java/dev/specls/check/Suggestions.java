package dev.specls.check;

import java.util.Collection;

/** "Did you mean" for misspelt ids and names: the closest candidate within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code written} by Damerau–Levenshtein distance, if it is close
     * enough to be a plausible typo (at most a third of the longer word, and at least 1); otherwise
     * {@code null}. Ties go to the earlier candidate, so callers pass candidates in document order.
     */
    public static String closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(written)) {
                continue;
            }
            int limit = Math.max(1, Math.max(written.length(), candidate.length()) / 3);
            if (Math.abs(candidate.length() - written.length()) > limit) {
                continue;
            }
            int distance = distance(written, candidate);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
