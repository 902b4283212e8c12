package dev.specls.check.spec;

/** The order of GSD's phase numbers, which {@code gsd/cross-phase-dependency} and its quick fix share. */
public final class GsdPhases {

    private GsdPhases() {
    }

    /** True when phase {@code first} is numbered before {@code second} ({@code 2} before {@code 2.1} before {@code 10}). */
    public static boolean comesBefore(String first, String second) {
        String[] a = first.split("\\.");
        String[] b = second.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int compared = Long.compare(number(a[i]), number(b[i]));
            if (compared != 0) {
                return compared < 0;
            }
        }
        return a.length < b.length;
    }

    private static long number(String part) {
        return part.isEmpty() || part.length() > 18 || !part.chars().allMatch(Character::isDigit) ? Long.MAX_VALUE : Long.parseLong(part);
    }
}
