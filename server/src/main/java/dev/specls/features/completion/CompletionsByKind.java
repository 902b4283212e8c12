package dev.specls.features.completion;

/** Sends a request to the completion of its file's kind; other kinds complete nothing. */
public final class CompletionsByKind {

    private CompletionsByKind() {
    }

    public static void complete(CompletionRequest request) {
        switch (request.file.kind()) {
            case PLAN -> PlanCompletion.complete(request);
            case STATE -> StateCompletion.complete(request);
            default -> {
            }
        }
    }
}
