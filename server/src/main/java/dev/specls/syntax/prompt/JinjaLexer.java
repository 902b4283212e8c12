package dev.specls.syntax.prompt;

import dev.specls.syntax.prompt.ExpressionToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Jinja body into tags: {@code {{ … }}}, {@code {% … %}} and {@code {# … #}}, each with its
 * tokens. A tag that does not close ends where the next tag opens, so one broken tag never hides the
 * rest of the body; {@code {% raw %}} content is skipped as the engine does. Linear in the body.
 */
final class JinjaLexer {

    enum TagKind { VARIABLE, STATEMENT, COMMENT }

    /**
     * One tag.
     *
     * @param start   where its opening delimiter starts
     * @param end     just past its closing delimiter, or where it stops when unclosed
     * @param closed  false when no closing delimiter was found
     * @param tokens  the tokens inside, whitespace-control marks excluded
     */
    record Tag(TagKind kind, int start, int end, boolean closed, List<ExpressionToken> tokens) {

        String keyword() {
            return kind == TagKind.STATEMENT && !tokens.isEmpty() && tokens.get(0).isName() ? tokens.get(0).text() : null;
        }
    }

    private final String text;
    private final int end;

    JinjaLexer(String text, int end) {
        this.text = text;
        this.end = end;
    }

    List<Tag> tags(int from) {
        List<Tag> tags = new ArrayList<>();
        int i = from;
        int noCommentCloseAfter = -1;
        while (i < end - 1) {
            int open = text.indexOf('{', i);
            if (open < 0 || open >= end - 1) {
                break;
            }
            char next = text.charAt(open + 1);
            if (next == '#') {
                int close = noCommentCloseAfter >= 0 ? -1 : text.indexOf("#}", open + 2);
                if (close < 0 || close + 2 > end) {
                    noCommentCloseAfter = open;
                    tags.add(new Tag(TagKind.COMMENT, open, open + 2, false, List.of()));
                    i = open + 2;
                } else {
                    tags.add(new Tag(TagKind.COMMENT, open, close + 2, true, List.of()));
                    i = close + 2;
                }
            } else if (next == '{' || next == '%') {
                Tag tag = scanTag(open, next == '{' ? TagKind.VARIABLE : TagKind.STATEMENT);
                tags.add(tag);
                i = Math.max(tag.end(), open + 2);
                if ("raw".equals(tag.keyword()) && tag.closed()) {
                    i = skipRaw(tag.end(), tags);
                }
            } else {
                i = open + 1;
            }
        }
        return tags;
    }

    /** Skips to the {@code {% endraw %}} tag and adds it; an unclosed raw block runs to the end. */
    private int skipRaw(int from, List<Tag> tags) {
        int i = from;
        while (i < end - 1) {
            int open = text.indexOf("{%", i);
            if (open < 0 || open >= end - 1) {
                break;
            }
            Tag tag = scanTag(open, TagKind.STATEMENT);
            if ("endraw".equals(tag.keyword())) {
                tags.add(tag);
                return tag.end();
            }
            i = open + 2;
        }
        return end;
    }

    private Tag scanTag(int open, TagKind kind) {
        char closing = kind == TagKind.VARIABLE ? '}' : '%';
        List<ExpressionToken> tokens = new ArrayList<>();
        int i = open + 2;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int depth = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (depth == 0 && (c == '-' || c == '+') && i + 2 < end && text.charAt(i + 1) == closing && text.charAt(i + 2) == '}') {
                return new Tag(kind, open, i + 3, true, tokens);
            }
            if (depth == 0 && c == closing && i + 1 < end && text.charAt(i + 1) == '}') {
                return new Tag(kind, open, i + 2, true, tokens);
            }
            if (depth == 0 && c == '{' && i + 1 < end && "{%#".indexOf(text.charAt(i + 1)) >= 0) {
                return new Tag(kind, open, i, false, tokens);
            }
            if (c == '\'' || c == '"') {
                int close = stringEnd(i, c);
                tokens.add(new ExpressionToken(Type.STRING, i, close, text.substring(i, close)));
                i = close;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                tokens.add(new ExpressionToken(Type.NAME, i, j, text.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
                        || (text.charAt(j) == '.' && j + 1 < end && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                tokens.add(new ExpressionToken(Type.NUMBER, i, j, text.substring(i, j)));
                i = j;
            } else {
                int length = 1;
                if (i + 1 < end) {
                    String two = text.substring(i, i + 2);
                    if (two.equals("==") || two.equals("!=") || two.equals("<=") || two.equals(">=") || two.equals("//")
                            || two.equals("**")) {
                        length = 2;
                    }
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                tokens.add(new ExpressionToken(Type.OPERATOR, i, i + length, text.substring(i, i + length)));
                i += length;
            }
        }
        return new Tag(kind, open, end, false, tokens);
    }

    /** Just past the string literal opening at {@code start}; an unterminated one ends at its line's end. */
    private int stringEnd(int start, char quote) {
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                return i;
            }
            i++;
        }
        return Math.min(i, end);
    }
}
