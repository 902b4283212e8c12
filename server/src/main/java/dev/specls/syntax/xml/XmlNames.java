package dev.specls.syntax.xml;

import dev.specls.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names and attributes ElementTree reports for a tree, which sago matches against {@code phase},
 * {@code task}, {@code id}…: Python's ElementTree runs expat with namespace processing, so a prefix must be
 * declared, {@code xmlns="…"} renames every element under it to {@code {uri}name}, and the DOCTYPE's
 * {@code <!ATTLIST>} defaults are added to elements that lack the attribute. One linear pass over the tree.
 */
public final class XmlNames {

    public static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    public static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

    /** What expat rejects about a name. */
    public enum ProblemKind {
        /** A prefix no {@code xmlns:prefix} declares in scope: the fix is to drop the prefix or declare it. */
        UNBOUND_PREFIX,
        /** {@code xmlns:p=""}, which XML 1.0 namespaces do not allow. */
        UNDECLARED_PREFIX,
        /** A declaration of the reserved prefixes {@code xml} or {@code xmlns}, or of their namespaces. */
        RESERVED,
        /** Two attributes that are the same after their prefixes are expanded. */
        DUPLICATE_ATTRIBUTE,
        /** A name with more than one colon, or a colon at its start or end. */
        MALFORMED_NAME
    }

    /**
     * One namespace error; sago cannot parse the plan.
     *
     * @param element   the element whose start tag holds the mistake
     * @param attribute the attribute at fault, or {@code null} when it is the element's own name
     * @param prefix    the prefix concerned, or {@code null}
     */
    public record Problem(ProblemKind kind, Span span, XmlElement element, XmlAttribute attribute, String prefix, String message) {
    }

    /** What ElementTree reports for one element that differs from the element as written. */
    private record Names(String tag, String namespace, XmlAttribute defaultDeclaration, List<XmlAttribute> attributes) {
    }

    private static final XmlNames PLAIN = new XmlNames(Map.of(), List.of());

    private final Map<XmlElement, Names> names;
    private final List<Problem> problems;

    private XmlNames(Map<XmlElement, Names> names, List<Problem> problems) {
        this.names = names;
        this.problems = problems;
    }

    /** Resolves every element of a document. */
    public static XmlNames resolve(XmlDocument xml) {
        if (xml == null || xml.root() == null || (!xml.namespaceSyntax() && xml.attributeDeclarations().isEmpty())) {
            return PLAIN;
        }
        Resolver resolver = new Resolver(xml.attributeDeclarations());
        resolver.walk(xml.root());
        if (resolver.names.isEmpty() && resolver.problems.isEmpty()) {
            return PLAIN;
        }
        return new XmlNames(resolver.names, List.copyOf(resolver.problems));
    }

    /** expat's namespace errors, in document order of their elements. */
    public List<Problem> problems() {
        return problems;
    }

    /** ElementTree's tag: the name as written, or {@code {uri}local} for an element in a namespace. */
    public String tag(XmlElement element) {
        Names resolved = names.isEmpty() ? null : names.get(element);
        return resolved == null ? element.name() : resolved.tag();
    }

    /** True when ElementTree reports exactly this tag, as sago's {@code findall(name)} needs. */
    public boolean is(XmlElement element, String tag) {
        Names resolved = names.isEmpty() ? null : names.get(element);
        return resolved == null ? element.name().equals(tag) : resolved.tag().equals(tag);
    }

    /** The element's namespace, or {@code null}. */
    public String namespace(XmlElement element) {
        Names resolved = names.isEmpty() ? null : names.get(element);
        return resolved == null ? null : resolved.namespace();
    }

    /** The {@code xmlns="…"} attribute that put an unprefixed element into its namespace, or {@code null}. */
    public XmlAttribute defaultNamespaceDeclaration(XmlElement element) {
        Names resolved = names.get(element);
        return resolved == null ? null : resolved.defaultDeclaration();
    }

    /**
     * ElementTree's attributes, in order: the ones written (without namespace declarations), then the
     * DOCTYPE's defaults for those missing. A default's spans point into the {@code <!ATTLIST>}.
     */
    public List<XmlAttribute> attributes(XmlElement element) {
        Names resolved = names.isEmpty() ? null : names.get(element);
        return resolved == null ? element.attributes() : resolved.attributes();
    }

    /** {@code element.get(name)}: the attribute of exactly this (unprefixed) name, written or defaulted. */
    public XmlAttribute attribute(XmlElement element, String name) {
        // Indexed, not iterated: this runs for every attribute of every task, and an iterator is an object each time.
        List<XmlAttribute> attributes = attributes(element);
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) {
                return attributes.get(i);
            }
        }
        return null;
    }

    /** True when the attribute is one ElementTree lists for the element only because the DOCTYPE declares its default. */
    public boolean isDefaulted(XmlElement element, XmlAttribute attribute) {
        return !element.span().contains(attribute.nameSpan());
    }

    private static final class Resolver {

        private final Map<String, List<AttributeDeclaration>> declarationsByElement = new HashMap<>();
        private final Map<String, ArrayDeque<Binding>> bindings = new HashMap<>();
        private final Map<XmlElement, Names> names = new IdentityHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        private record Binding(String uri, XmlAttribute declaration) {
        }

        Resolver(List<AttributeDeclaration> declarations) {
            for (AttributeDeclaration declaration : declarations) {
                declarationsByElement.computeIfAbsent(declaration.element(), ignored -> new ArrayList<>()).add(declaration);
            }
        }

        /** Depth first with an explicit stack, so a deeply nested block cannot overflow the call stack. */
        void walk(XmlElement root) {
            ArrayList<XmlElement> elements = new ArrayList<>();
            ArrayList<List<String>> declared = new ArrayList<>();
            int[] nextChild = new int[16];
            elements.add(root);
            declared.add(enter(root));
            while (!elements.isEmpty()) {
                int top = elements.size() - 1;
                XmlElement element = elements.get(top);
                int next = nextChild[top];
                if (next < element.children().size()) {
                    nextChild[top] = next + 1;
                    XmlElement child = element.children().get(next);
                    if (elements.size() == nextChild.length) {
                        nextChild = Arrays.copyOf(nextChild, nextChild.length * 2);
                    }
                    nextChild[elements.size()] = 0;
                    elements.add(child);
                    declared.add(enter(child));
                } else {
                    elements.remove(top);
                    for (String prefix : declared.remove(top)) {
                        bindings.get(prefix).pop();
                    }
                }
            }
        }

        /** Binds the element's declarations and resolves its names; returns the prefixes it bound. */
        private List<String> enter(XmlElement element) {
            List<XmlAttribute> attributes = withDefaults(element);
            List<String> declared = List.of();
            List<XmlAttribute> plain = null;
            for (int i = 0; i < attributes.size(); i++) {
                XmlAttribute attribute = attributes.get(i);
                String name = attribute.name();
                if (!name.equals("xmlns") && !name.startsWith("xmlns:")) {
                    if (plain != null) {
                        plain.add(attribute);
                    }
                    continue;
                }
                if (plain == null) {
                    plain = new ArrayList<>(attributes.subList(0, i));
                }
                String prefix = declare(element, attribute);
                if (prefix != null) {
                    if (declared.isEmpty()) {
                        declared = new ArrayList<>(2);
                    }
                    declared.add(prefix);
                }
            }
            List<XmlAttribute> listed = plain == null ? attributes : Collections.unmodifiableList(plain);
            resolveElement(element, listed);
            resolveAttributes(element, listed);
            return declared;
        }

        /** The attributes as written plus the declared defaults of those missing, in expat's order. */
        private List<XmlAttribute> withDefaults(XmlElement element) {
            List<AttributeDeclaration> declarations = declarationsByElement.get(element.name());
            List<XmlAttribute> written = element.attributes();
            if (declarations == null) {
                return written;
            }
            List<XmlAttribute> all = null;
            for (AttributeDeclaration declaration : declarations) {
                XmlAttribute given = element.attribute(declaration.attribute());
                if (given != null && !declaration.cdata()) {
                    all = all == null ? new ArrayList<>(written) : all;
                    all.set(all.indexOf(given), new XmlAttribute(given.name(), given.nameSpan(),
                            XmlDoctype.collapseSpaces(given.value()), given.valueSpan()));
                } else if (given == null && declaration.defaultValue() != null) {
                    all = all == null ? new ArrayList<>(written) : all;
                    all.add(new XmlAttribute(declaration.attribute(), declaration.nameSpan(), declaration.defaultValue(), declaration.defaultSpan()));
                }
            }
            return all == null ? written : Collections.unmodifiableList(all);
        }

        /** Binds one {@code xmlns} or {@code xmlns:p} attribute; returns the bound prefix ("" for the default), or null on error. */
        private String declare(XmlElement element, XmlAttribute attribute) {
            String name = attribute.name();
            String uri = attribute.value();
            String prefix = name.equals("xmlns") ? "" : name.substring("xmlns:".length());
            if (!name.equals("xmlns") && !isNcName(prefix)) {
                report(ProblemKind.MALFORMED_NAME, attribute.nameSpan(), element, attribute, null,
                        "`" + name + "` is not a valid namespace declaration: write xmlns:prefix=\"…\" with a prefix of name characters and no second colon");
                return null;
            }
            if (prefix.equals("xmlns")) {
                report(ProblemKind.RESERVED, attribute.nameSpan(), element, attribute, prefix,
                        "The prefix xmlns is reserved and must not be declared; remove this attribute");
                return null;
            }
            if (prefix.equals("xml") ? !uri.equals(XML_NAMESPACE) : uri.equals(XML_NAMESPACE) || uri.equals(XMLNS_NAMESPACE)) {
                report(ProblemKind.RESERVED, attribute.valueSpan().isEmpty() ? attribute.nameSpan() : attribute.valueSpan(), element, attribute, prefix,
                        prefix.equals("xml") ? "The prefix xml is reserved for " + XML_NAMESPACE + " and must not be bound to anything else; remove this attribute"
                                : "The namespaces of xml and xmlns are reserved and must not be bound to another prefix; remove this attribute");
                return null;
            }
            if (!prefix.isEmpty() && uri.isEmpty()) {
                report(ProblemKind.UNDECLARED_PREFIX, attribute.nameSpan(), element, attribute, prefix,
                        "`xmlns:" + prefix + "=\"\"` undeclares a prefix, which XML namespaces do not allow; remove this attribute");
                return null;
            }
            bindings.computeIfAbsent(prefix, ignored -> new ArrayDeque<>()).push(new Binding(uri.isEmpty() ? null : uri, attribute));
            return prefix;
        }

        private void resolveElement(XmlElement element, List<XmlAttribute> listed) {
            String name = element.name();
            int colon = name.indexOf(':');
            String namespace = null;
            XmlAttribute defaultDeclaration = null;
            String local = name;
            if (colon >= 0) {
                if (!isQualifiedName(name, colon)) {
                    report(ProblemKind.MALFORMED_NAME, element.nameSpan(), element, null, null,
                            "`<" + name + ">` is not a valid element name when namespaces are read: use at most one colon, between a prefix and a name");
                } else {
                    String prefix = name.substring(0, colon);
                    local = name.substring(colon + 1);
                    namespace = lookup(prefix);
                    if (namespace == null) {
                        local = name;
                        report(ProblemKind.UNBOUND_PREFIX, new Span(element.nameSpan().start(), element.nameSpan().start() + colon), element, null, prefix,
                                "The prefix `" + prefix + "` of <" + name + "> is not declared (expat: unbound prefix).");
                    }
                }
            } else {
                Binding binding = binding("");
                if (binding != null && binding.uri() != null) {
                    namespace = binding.uri();
                    defaultDeclaration = binding.declaration();
                }
            }
            if (namespace != null || listed != element.attributes()) {
                String tag = namespace == null ? local : "{" + namespace + "}" + local;
                names.put(element, new Names(tag, namespace, defaultDeclaration, listed));
            }
        }

        private void resolveAttributes(XmlElement element, List<XmlAttribute> listed) {
            Set<String> expanded = null;
            for (XmlAttribute attribute : listed) {
                String name = attribute.name();
                int colon = name.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                if (!isQualifiedName(name, colon)) {
                    report(ProblemKind.MALFORMED_NAME, attribute.nameSpan(), element, attribute, null,
                            "`" + name + "` is not a valid attribute name when namespaces are read: use at most one colon, between a prefix and a name");
                    continue;
                }
                String prefix = name.substring(0, colon);
                String namespace = lookup(prefix);
                if (namespace == null) {
                    report(ProblemKind.UNBOUND_PREFIX, new Span(attribute.nameSpan().start(), attribute.nameSpan().start() + colon), element, attribute, prefix,
                            "The prefix `" + prefix + "` of the attribute " + name + " is not declared (expat: unbound prefix).");
                    continue;
                }
                expanded = expanded == null ? new HashSet<>() : expanded;
                if (!expanded.add(namespace + ' ' + name.substring(colon + 1))) {
                    report(ProblemKind.DUPLICATE_ATTRIBUTE, attribute.nameSpan(), element, attribute, prefix,
                            "The attribute " + name + " repeats another attribute of <" + element.name() + ">: both prefixes stand for " + namespace
                                    + " (expat: duplicate attribute); keep only one");
                }
            }
        }

        private String lookup(String prefix) {
            Binding binding = binding(prefix);
            if (binding != null) {
                return binding.uri();
            }
            return prefix.equals("xml") ? XML_NAMESPACE : null;
        }

        private Binding binding(String prefix) {
            ArrayDeque<Binding> stack = bindings.get(prefix);
            return stack == null || stack.isEmpty() ? null : stack.peek();
        }

        private void report(ProblemKind kind, Span span, XmlElement element, XmlAttribute attribute, String prefix, String message) {
            problems.add(new Problem(kind, span, element, attribute, prefix, message));
        }

        private static boolean isQualifiedName(String name, int colon) {
            return colon > 0 && colon < name.length() - 1 && name.indexOf(':', colon + 1) < 0;
        }

        private static boolean isNcName(String name) {
            return !name.isEmpty() && name.indexOf(':') < 0;
        }
    }
}
