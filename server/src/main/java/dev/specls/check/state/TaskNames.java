package dev.specls.check.state;

/** Task names as STATE.md and the plan are compared: trimmed, without case, runs of whitespace as one space. */
final class TaskNames {

    private TaskNames() {
    }

    /** A hand-written loop rather than a regex: it runs once per task of a plan that may hold 50,000. */
    static String normalized(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = normalized.length() > 0;
                continue;
            }
            if (pendingSpace) {
                normalized.append(' ');
                pendingSpace = false;
            }
            normalized.append(Character.toLowerCase(c));
        }
        return normalized.toString();
    }
}
