package dev.specls.features;

import java.util.concurrent.CancellationException;

/** Asked inside every loop over many items, so a cancelled or superseded request stops early. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NONE = () -> { };

    /** Throws {@link CancellationException} once the request is cancelled. */
    void checkCanceled();
}
