package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.junit.jupiter.api.Test;

class DeferredServiceTablesTest {

    /** The entry that reads the first message before lsp4j's tables exist must read it as lsp4j's own entry does. */
    @Test
    void knowsInitializeAsLsp4jFindsItOnTheServer() {
        JsonRpcMethod found = ServiceEndpoints.getSupportedMethods(SpeclsLanguageServer.class).get(DeferredServiceTables.INITIALIZE);
        JsonRpcMethod known = DeferredServiceTables.INITIALIZE_METHOD;
        assertEquals(found.getMethodName(), known.getMethodName());
        assertArrayEquals(found.getParameterTypes(), known.getParameterTypes());
        assertEquals(found.getReturnType(), known.getReturnType());
        assertEquals(found.getReturnTypeAdapterFactory(), known.getReturnTypeAdapterFactory());
        assertEquals(found.isNotification(), known.isNotification());
    }
}
