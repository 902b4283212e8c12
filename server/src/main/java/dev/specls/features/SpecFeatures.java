package dev.specls.features;

/** The editor features of the non-sago spec formats' files. */
public final class SpecFeatures implements FormatFeatures {

    public static final SpecFeatures INSTANCE = new SpecFeatures();

    private SpecFeatures() {
    }
}
