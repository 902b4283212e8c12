package dev.specls.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.UncheckedIOException;

/**
 * Writes the XML reports with jackson-dataformat-xml: a declaration, two-space indentation and {@code \n}
 * line ends on every platform, so outputs compare byte for byte. Built on first use only: the other
 * formats never pay for the XML machinery.
 */
final class XmlOutput {

    private static final ObjectWriter WRITER = XmlMapper.builder()
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writer();

    private XmlOutput() {
    }

    static String write(Object document) {
        try {
            String xml = WRITER.writeValueAsString(document).replace("\r\n", "\n");
            // The pretty printer ends the root element's line itself.
            return xml.endsWith("\n") ? xml : xml + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with every character that XML 1.0 cannot hold (control characters other than tab, line
     * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) replaced by U+FFFD: a finding may
     * quote any byte of the user's file, and the report must still parse.
     */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                if (pair) {
                    cleaned.append(c).append(text.charAt(i + 1));
                } else {
                    cleaned.append(allowed ? c : '\uFFFD');
                }
            }
            if (pair) {
                i++;
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
