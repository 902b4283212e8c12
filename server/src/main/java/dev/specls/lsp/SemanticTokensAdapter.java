package dev.specls.lsp;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.SemanticTokens;

/**
 * Writes semantic tokens as one pre-built JSON array. A 5,000-task plan has about 400,000 token
 * integers; Gson's default path boxes and writes each one separately, which cost twice the time the
 * tokens take to compute.
 */
final class SemanticTokensAdapter extends TypeAdapter<SemanticTokens> {

    @Override
    public void write(JsonWriter out, SemanticTokens tokens) throws IOException {
        if (tokens == null) {
            out.nullValue();
            return;
        }
        out.beginObject();
        if (tokens.getResultId() != null) {
            out.name("resultId").value(tokens.getResultId());
        }
        List<Integer> data = tokens.getData();
        StringBuilder array = new StringBuilder(data.size() * 3 + 2).append('[');
        for (int i = 0; i < data.size(); i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append(data.get(i).intValue());
        }
        out.name("data").jsonValue(array.append(']').toString());
        out.endObject();
    }

    /** Servers never receive tokens, but the client side of tests reads them through the same Gson. */
    @Override
    public SemanticTokens read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        SemanticTokens tokens = new SemanticTokens(new ArrayList<>());
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (name.equals("resultId")) {
                tokens.setResultId(in.nextString());
            } else if (name.equals("data")) {
                in.beginArray();
                while (in.hasNext()) {
                    tokens.getData().add(in.nextInt());
                }
                in.endArray();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        return tokens;
    }
}
