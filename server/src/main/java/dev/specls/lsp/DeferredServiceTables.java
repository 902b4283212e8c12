package dev.specls.lsp;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * What lsp4j's launcher finds by reflection over the service interfaces — the table of JSON-RPC methods, the endpoint
 * that calls the server's methods and the proxy that calls the client's — made when first needed instead of before
 * the first message. That reflection (every method's annotations and generic signature, a dynamic proxy class per
 * annotation type) was the largest part of the server's start, and {@code initialize} needs none of it
 * (docs/performance.md, "Spawn to initialize"). The launcher makes it once the answer to {@code initialize} is
 * written; any other message, should one come first, makes it before it is read.
 */
final class DeferredServiceTables {

    static final String INITIALIZE = "initialize";

    /** The entry lsp4j finds for {@code initialize} on {@code LanguageServer} (a test compares them). */
    static final JsonRpcMethod INITIALIZE_METHOD = JsonRpcMethod.request(INITIALIZE, InitializeResult.class, InitializeParams.class);

    private record Tables(Map<String, JsonRpcMethod> methods, Endpoint server) {
    }

    private final SpeclsLanguageServer server;
    private volatile RemoteEndpoint remoteEndpoint;
    private volatile Tables tables;

    DeferredServiceTables(SpeclsLanguageServer server) {
        this.server = server;
    }

    /** The endpoint whose messages go to the client: the client's proxy, once made, calls through it. */
    void sendThrough(RemoteEndpoint endpoint) {
        this.remoteEndpoint = endpoint;
    }

    /** The methods of the server and the client, as lsp4j's launcher gathers them; {@code initialize} alone is known before they are made. */
    Map<String, JsonRpcMethod> methods() {
        return new AbstractMap<>() {
            @Override
            public JsonRpcMethod get(Object name) {
                return tables == null && INITIALIZE.equals(name) ? INITIALIZE_METHOD : tables().methods().get(name);
            }

            @Override
            public Set<Entry<String, JsonRpcMethod>> entrySet() {
                return tables().methods().entrySet();
            }
        };
    }

    /** The server's side of the connection: {@code initialize} called directly, every other message through lsp4j's endpoint. */
    Endpoint serverEndpoint() {
        return new Endpoint() {
            @Override
            public CompletableFuture<?> request(String method, Object parameter) {
                if (INITIALIZE.equals(method) && parameter instanceof InitializeParams params) {
                    return server.initialize(params);
                }
                return tables().server().request(method, parameter);
            }

            @Override
            public void notify(String method, Object parameter) {
                tables().server().notify(method, parameter);
            }
        };
    }

    /** Makes the tables, and connects the server to the client, unless that is done already. */
    void make() {
        tables();
    }

    private Tables tables() {
        Tables made = tables;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (tables == null) {
                Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(LanguageClient.class));
                methods.putAll(ServiceEndpoints.getSupportedMethods(server.getClass()));
                Endpoint serverMethods = ServiceEndpoints.toEndpoint(server);
                server.connect(ServiceEndpoints.toServiceObject(remoteEndpoint, LanguageClient.class));
                tables = new Tables(Collections.unmodifiableMap(methods), serverMethods);
            }
            return tables;
        }
    }
}
