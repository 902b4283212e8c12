package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.List;
import org.eclipse.lsp4j.SemanticTokens;
import org.junit.jupiter.api.Test;

class SemanticTokensAdapterTest {

    private final Gson adapted = new GsonBuilder().registerTypeAdapter(SemanticTokens.class, new SemanticTokensAdapter()).create();

    @Test
    void writesTheSameJsonAsGsonsDefault() {
        SemanticTokens tokens = new SemanticTokens("7", List.of(0, 4, 3, 1, 0, 2, 1, 5, 0, 0));

        assertEquals(new Gson().toJson(tokens), adapted.toJson(tokens));
        assertEquals("{\"data\":[]}", adapted.toJson(new SemanticTokens(List.of())));
    }

    @Test
    void readsWhatItWrites() {
        SemanticTokens tokens = new SemanticTokens("7", List.of(2, 0, 3, 4, 1));

        assertEquals(tokens, adapted.fromJson(adapted.toJson(tokens), SemanticTokens.class));
    }
}
