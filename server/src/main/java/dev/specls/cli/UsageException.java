package dev.specls.cli;

/** A command line specls cannot run: the message says what is wrong, the caller prints usage and exits 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
