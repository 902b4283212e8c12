package dev.specls.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The first bytes of a file that are not UTF-8, found the way Python's strict {@code utf-8} codec finds them
 * (overlong forms and encoded surrogates included), which is how sago reads every file.
 *
 * @param offset   where the bytes stand in the text decoded leniently (each bad sequence became U+FFFD there)
 * @param position the byte offset in the file
 * @param bytes    the offending bytes in hex, such as {@code E9}
 */
public record Utf8Error(int offset, long position, String bytes) {

    /** The first malformed sequence of {@code data}, or {@code null} when it is all UTF-8. */
    public static Utf8Error find(byte[] data) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return null;
        }
        int position = in.position();
        byte[] bad = new byte[result.length()];
        System.arraycopy(data, position, bad, 0, bad.length);
        return new Utf8Error(out.position(), position, HexFormat.of().withUpperCase().formatHex(bad));
    }

    /** The same error in a text that lost {@code chars} characters at its start. */
    public Utf8Error shifted(int chars) {
        return new Utf8Error(Math.max(0, offset - chars), position, bytes);
    }
}
