package dev.specls.syntax.prompt;

/** One token inside a template tag: a name, a number, a string literal or an operator. */
record ExpressionToken(Type type, int start, int end, String text) {

    enum Type { NAME, NUMBER, STRING, OPERATOR }

    boolean is(String operatorOrName) {
        return (type == Type.OPERATOR || type == Type.NAME) && text.equals(operatorOrName);
    }

    boolean isName() {
        return type == Type.NAME;
    }

    /** A string literal's value without its quotes; escapes are kept as written. */
    String stringValue() {
        if (type != Type.STRING || text.isEmpty()) {
            return text;
        }
        char quote = text.charAt(0);
        int close = text.length() > 1 && text.charAt(text.length() - 1) == quote ? text.length() - 1 : text.length();
        return text.substring(1, close);
    }
}
