package dev.specls.workspace;

import java.util.function.Supplier;

/** A value computed on first use, once, by whichever thread asks first; later readers do not lock. */
public final class Lazy<T> implements Supplier<T> {

    private Supplier<T> computation;
    private volatile T value;

    public Lazy(Supplier<T> computation) {
        this.computation = computation;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = computation.get();
                    value = result;
                    computation = null;
                }
            }
        }
        return result;
    }
}
