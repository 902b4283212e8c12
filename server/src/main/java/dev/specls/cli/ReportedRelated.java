package dev.specls.cli;

/** Another place a reported finding involves. */
public record ReportedRelated(Location location, String message) {
}
