package dev.specls.testing;

import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's bytes into a text. Seed files are UTF-8 text, so bytes are read as UTF-8; an input
 * that starts with the UTF-16 byte order mark FE FF is read as UTF-16 instead, which reaches every char
 * a Java string can hold, lone surrogates and control characters included.
 */
public final class FuzzInput {

    private FuzzInput() {
    }

    public static String text(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            char[] chars = new char[(bytes.length - 2) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (((bytes[2 + 2 * i] & 0xFF) << 8) | (bytes[3 + 2 * i] & 0xFF));
            }
            return new String(chars);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
