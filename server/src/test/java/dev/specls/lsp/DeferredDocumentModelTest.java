package dev.specls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredDocumentModelTest {

    private final List<String> received = new ArrayList<>();
    private final AtomicInteger builds = new AtomicInteger();

    private DocumentModel recordingModel() {
        builds.incrementAndGet();
        return (DocumentModel) Proxy.newProxyInstance(DocumentModel.class.getClassLoader(), new Class<?>[] {DocumentModel.class},
                (proxy, method, args) -> {
                    received.add(method.getName());
                    return null;
                });
    }

    @Test
    void buildsTheModelOnFirstUseOnly() {
        DeferredDocumentModel deferred = new DeferredDocumentModel(this::recordingModel);
        assertEquals(0, builds.get(), "nothing is built before the model is used");
        deferred.view();
        deferred.checkAll();
        assertEquals(1, builds.get());
    }

    /** A method the wrapper left out would run the interface's default against the wrapper, not the model. */
    @Test
    void handsEveryMethodToTheModel() throws Exception {
        DeferredDocumentModel deferred = new DeferredDocumentModel(this::recordingModel);
        for (Method method : DocumentModel.class.getMethods()) {
            received.clear();
            Object[] arguments = new Object[method.getParameterCount()];
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                arguments[i] = types[i] == int.class ? 0 : types[i] == boolean.class ? false : null;
            }
            method.invoke(deferred, arguments);
            assertEquals(List.of(method.getName()), received, method.toString());
        }
    }
}
