package dev.specls.syntax.spec;

/** The planning tools whose spec sets specls reads besides sago's; each names its rule family. */
public enum SpecFormat {
    SPEC_KIT("speckit", "Spec Kit"),
    KIRO("kiro", "Kiro"),
    SAGA("saga", "Saga"),
    GSD("gsd", "GSD"),
    SPECPILOT("specpilot", "specpilot");

    private final String code;
    private final String displayName;

    SpecFormat(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The prefix of the format's own rule codes ({@code speckit/…}) and its name in JSON output. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }
}
