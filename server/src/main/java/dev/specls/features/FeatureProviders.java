package dev.specls.features;

import dev.specls.syntax.FileKind;

/** The {@link FormatFeatures} of each kind of file, as the formats table registers them. */
public interface FeatureProviders {

    /** The features of the kind; {@link FormatFeatures#NONE} for a kind that adds none. */
    FormatFeatures of(FileKind kind);
}
