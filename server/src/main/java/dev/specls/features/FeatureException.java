package dev.specls.features;

/** A request the feature refuses, with a message for the user (a rename to an id that is taken, say). */
public final class FeatureException extends RuntimeException {

    public FeatureException(String message) {
        super(message);
    }
}
