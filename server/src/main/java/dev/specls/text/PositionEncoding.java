package dev.specls.text;

/** How the character part of a protocol position counts: LSP's {@code PositionEncodingKind}. */
public enum PositionEncoding {
    UTF8("utf-8"),
    UTF16("utf-16"),
    UTF32("utf-32");

    private final String protocolName;

    PositionEncoding(String protocolName) {
        this.protocolName = protocolName;
    }

    public String protocolName() {
        return protocolName;
    }

    /** The encoding with this LSP name, or {@code null} when the name is not one we speak. */
    public static PositionEncoding fromProtocolName(String name) {
        for (PositionEncoding encoding : values()) {
            if (encoding.protocolName.equalsIgnoreCase(name)) {
                return encoding;
            }
        }
        return null;
    }
}
