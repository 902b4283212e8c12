package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values lsp4j leaves as Gson trees reach the features as plain Java values. */
class ClientSettingsTest {

    @Test
    void aCommandArgumentArrivesAsPlainJava() {
        assertEquals("file:///specs/PLAN.md", ClientSettings.plain(new JsonPrimitive("file:///specs/PLAN.md")));
        assertEquals(3, ClientSettings.plain(new JsonPrimitive(3)));
        assertEquals(true, ClientSettings.plain(new JsonPrimitive(true)));
        assertNull(ClientSettings.plain(JsonNull.INSTANCE));
        assertEquals(Map.of("uri", "file:///a", "ids", List.of("1.1", "1.2")),
                ClientSettings.plain(JsonParser.parseString("{\"uri\": \"file:///a\", \"ids\": [\"1.1\", \"1.2\"]}")));
    }

    @Test
    void aValueThatIsNotAGsonTreeIsKept() {
        assertEquals("file:///specs/PLAN.md", ClientSettings.plain("file:///specs/PLAN.md"));
        assertNull(ClientSettings.plain(null));
    }
}
