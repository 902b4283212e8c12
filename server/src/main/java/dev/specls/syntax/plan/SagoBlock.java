package dev.specls.syntax.plan;

import dev.specls.syntax.xml.XmlText;
import dev.specls.text.Span;

/**
 * sago's {@code _extract_xml_content}, exactly: first {@code ```xml\s*(.*?)\s*```} with DOTALL, searched
 * anywhere in the raw text (not only at a line start), without reading the info string, ending at the first
 * three backticks after it; only when that finds nothing, {@code (<phases\b.*?</phases>)}. Python's {@code \s}
 * is Unicode white space and its {@code \b} a boundary between a Unicode word character and anything else.
 */
final class SagoBlock {

    static final String XML_FENCE = "```xml";
    private static final String FENCE = "```";
    private static final String PHASES_OPEN = "<phases";
    private static final String PHASES_CLOSE = "</phases>";

    private SagoBlock() {
    }

    /** The block sago reads, or {@code null} when sago reports "No XML task block found". */
    static TaskBlock find(String text, BacktickRuns backticks) {
        TaskBlock fence = xmlFence(text, backticks);
        return fence != null ? fence : rawPhases(text);
    }

    /**
     * The first {@code ```xml}: when no three backticks follow it, no later {@code ```xml} can match either,
     * since it would itself hold three backticks.
     */
    private static TaskBlock xmlFence(String text, BacktickRuns backticks) {
        int opener = backticks.xmlFenceOpener(text);
        if (opener < 0) {
            return null;
        }
        int afterOpener = opener + XML_FENCE.length();
        int closer = backticks.fenceAtOrAfter(afterOpener);
        if (closer < 0) {
            return null;
        }
        int contentStart = afterOpener;
        while (contentStart < closer && XmlText.isPythonSpace(text.charAt(contentStart))) {
            contentStart++;
        }
        int contentEnd = closer;
        while (contentEnd > contentStart && XmlText.isPythonSpace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        return new TaskBlock(TaskBlock.Kind.XML_FENCE, new Span(opener, closer + FENCE.length()), new Span(contentStart, contentEnd));
    }

    /** The first {@code <phases} at a word boundary, to the first {@code </phases>} after it. */
    private static TaskBlock rawPhases(String text) {
        int from = 0;
        while (true) {
            int open = text.indexOf(PHASES_OPEN, from);
            if (open < 0) {
                return null;
            }
            int afterName = open + PHASES_OPEN.length();
            if (afterName < text.length() && isPythonWordCharacter(text.codePointAt(afterName))) {
                from = afterName;
                continue;
            }
            int close = text.indexOf(PHASES_CLOSE, afterName);
            if (close < 0) {
                return null;
            }
            Span span = new Span(open, close + PHASES_CLOSE.length());
            return new TaskBlock(TaskBlock.Kind.PHASES_ELEMENT, span, span);
        }
    }

    /** Python's {@code \w} on str: {@code str.isalnum()} or an underscore, so letters and numbers of any script. */
    static boolean isPythonWordCharacter(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= '0' && codePoint <= '9')
                    || codePoint == '_';
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
