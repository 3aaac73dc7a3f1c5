package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.Message;

/**
 * The methods of str ({@code Objects/unicodeobject.c}, {@code Objects/stringlib}), indexed by
 * code point as Python strings are. Where CPython hands back the string itself rather than a
 * copy ({@code unicode_result_unchanged}: nothing stripped, replaced or padded; a split without
 * a separator; a one-item join) the same object is returned, so identity and refcounts agree.
 */
final class StrMethods {
    private StrMethods() {
    }

    @FunctionalInterface
    private interface Body {
        PyObject call(PyRuntime rt, AtomObject self, String s, PyObject[] a, String[] kw);
    }

    private static void def(BuiltinMethods m, String name, Body body) {
        m.define(Types.STR, name, (rt, self, a, kw) -> body.call(rt, (AtomObject) self, ((AtomObject) self).asString(), a, kw));
    }

    /** A METH_NOARGS method computing a new string. */
    private static void noArgs(BuiltinMethods m, String name, java.util.function.UnaryOperator<String> f) {
        def(m, name, (rt, self, s, a, kw) -> {
            Arity.none(rt, "str", name, a, kw);
            return rt.heap.newStr(f.apply(s));
        });
    }

    /** A METH_NOARGS predicate. */
    private static void predicate(BuiltinMethods m, String name, java.util.function.Predicate<String> f) {
        def(m, name, (rt, self, s, a, kw) -> {
            Arity.none(rt, "str", name, a, kw);
            return rt.heap.bool(f.test(s));
        });
    }

    static void install(BuiltinMethods m) {
        noArgs(m, "upper", s -> s.toUpperCase(Locale.ROOT));
        noArgs(m, "lower", s -> s.toLowerCase(Locale.ROOT));
        noArgs(m, "casefold", s -> s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        noArgs(m, "swapcase", StrMethods::swapcase);
        noArgs(m, "title", StrMethods::title);
        noArgs(m, "capitalize", StrMethods::capitalize);
        predicate(m, "isupper", s -> cased(s, true));
        predicate(m, "islower", s -> cased(s, false));
        predicate(m, "istitle", StrMethods::isTitle);
        predicate(m, "isspace", s -> !s.isEmpty() && s.codePoints().allMatch(StrMethods::isSpace));
        predicate(m, "isalpha", s -> !s.isEmpty() && s.codePoints().allMatch(Character::isLetter));
        predicate(m, "isdecimal", s -> !s.isEmpty() && s.codePoints().allMatch(StrMethods::isDecimal));
        predicate(m, "isdigit", s -> !s.isEmpty() && s.codePoints().allMatch(StrMethods::isDigit));
        predicate(m, "isnumeric", s -> !s.isEmpty() && s.codePoints().allMatch(StrMethods::isNumeric));
        predicate(m, "isalnum", s -> !s.isEmpty() && s.codePoints().allMatch(c -> Character.isLetter(c) || isNumeric(c)));
        predicate(m, "isascii", s -> s.codePoints().allMatch(c -> c < 128));
        predicate(m, "isidentifier", StrMethods::isIdentifier);
        predicate(m, "isprintable", s -> s.codePoints().allMatch(StrMethods::isPrintable));

        def(m, "join", (rt, self, s, a, kw) -> {
            Arity.one(rt, "str", "join", a, kw);
            return join(rt, self, s, a[0]);
        });
        def(m, "format", (rt, self, s, a, kw) -> {
            ArgsTuple call = ArgsTuple.enter(rt, "str.format", a, kw);
            try {
                return rt.heap.newStr(StrFormat.format(rt, s, a, kw));
            } finally {
                call.exit();
            }
        });
        def(m, "format_map", (rt, self, s, a, kw) -> {
            Arity.one(rt, "str", "format_map", a, kw);
            return rt.heap.newStr(StrFormat.formatMap(rt, s, a[0]));
        });
        for (String name : List.of("strip", "lstrip", "rstrip")) {
            def(m, name, (rt, self, s, a, kw) -> {
                Arity.clinic(rt, name, a, kw, 0, 1);
                String chars = null;
                if (a.length == 1 && a[0] != rt.heap.none()) {
                    if (!(a[0] instanceof AtomObject c && c.isStr())) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, name + " arg must be None or str");
                    }
                    chars = c.asString();
                }
                return result(rt, self, s, strip(s, chars, !name.equals("rstrip"), !name.equals("lstrip")));
            });
        }
        def(m, "split", (rt, self, s, a, kw) -> split(rt, self, s, a, kw, "split", false));
        def(m, "rsplit", (rt, self, s, a, kw) -> split(rt, self, s, a, kw, "rsplit", true));
        def(m, "splitlines", (rt, self, s, a, kw) -> {
            BuiltinIterators.CallArgs ca = new BuiltinIterators.CallArgs(a, kw);
            Arity.parseTuple(rt, "splitlines", ca.positional(), 0, 1);
            PyObject keep = ca.take(0, "keepends");
            ca.noMore(rt, "splitlines", 1);
            return strList(rt, splitlines(s, keep != null && Ops.isTrue(rt, keep)));
        });
        def(m, "replace", (rt, self, s, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "replace() takes no keyword arguments");
            }
            if (a.length < 2) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.STR_REPLACE_ARITY.format(rt.policy.minor(), a.length));
            }
            Arity.clinic(rt, "replace", a, kw, 2, 3);
            String old = argStr(rt, a[0], "replace() argument 1");
            String rep = argStr(rt, a[1], "replace() argument 2");
            long count = a.length > 2 ? BuiltinMethods.intArg(rt, a[2]) : -1;
            return result(rt, self, s, replace(s, old, rep, count));
        });
        for (String name : List.of("find", "rfind", "index", "rindex", "count")) {
            def(m, name, (rt, self, s, a, kw) -> search(rt, s, a, kw, name));
        }
        for (String name : List.of("startswith", "endswith")) {
            def(m, name, (rt, self, s, a, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
                }
                if (a.length < 1) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.STR_SEARCH_ARITY.format(rt.policy.minor(), name, a.length));
                }
                Arity.parseTuple(rt, name, a.length, 1, 3);
                int[] cps = s.codePoints().toArray();
                int[] se = bounds(rt, cps.length, a, 1);
                boolean ends = name.equals("endswith");
                if (a[0] instanceof TupleObject t) {
                    for (int i = 0; i < t.size(); i++) {
                        if (!(t.get(i) instanceof AtomObject x && x.isStr())) {
                            throw rt.raise(ExceptionTypes.TYPE_ERROR, "tuple for " + name + " must only contain str, not " + Ops.typeName(t.get(i)));
                        }
                        if (tailMatch(cps, x.asString().codePoints().toArray(), se[0], se[1], ends)) {
                            return rt.heap.bool(true);
                        }
                    }
                    return rt.heap.bool(false);
                }
                if (!(a[0] instanceof AtomObject x && x.isStr())) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, name + " first arg must be str or a tuple of str, not " + Ops.typeName(a[0]));
                }
                return rt.heap.bool(tailMatch(cps, x.asString().codePoints().toArray(), se[0], se[1], ends));
            });
        }
        for (String name : List.of("center", "ljust", "rjust")) {
            def(m, name, (rt, self, s, a, kw) -> {
                Arity.clinic(rt, name, a, kw, 1, 2);
                long width = BuiltinMethods.intArg(rt, a[0]);
                int fill = ' ';
                if (a.length > 1) {
                    if (!(a[1] instanceof AtomObject f && f.isStr())) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() argument 2 must be a unicode character, not " + Ops.typeName(a[1]));
                    }
                    if (f.asString().codePointCount(0, f.asString().length()) != 1) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, "The fill character must be exactly one character long");
                    }
                    fill = f.asString().codePointAt(0);
                }
                int len = s.codePointCount(0, s.length());
                if (width <= len) {
                    return same(rt, self, s);
                }
                int marg = (int) width - len;
                int left = switch (name) {
                    case "ljust" -> 0;
                    case "rjust" -> marg;
                    default -> marg / 2 + (marg & (int) width & 1);
                };
                String f = new String(Character.toChars(fill));
                return rt.heap.newStr(f.repeat(left) + s + f.repeat(marg - left));
            });
        }
        def(m, "zfill", (rt, self, s, a, kw) -> {
            Arity.one(rt, "str", "zfill", a, kw);
            long width = BuiltinMethods.intArg(rt, a[0]);
            int len = s.codePointCount(0, s.length());
            if (width <= len) {
                return same(rt, self, s);
            }
            String pad = "0".repeat((int) width - len);
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return rt.heap.newStr(s.charAt(0) + pad + s.substring(1));
            }
            return rt.heap.newStr(pad + s);
        });
        def(m, "expandtabs", (rt, self, s, a, kw) -> {
            BuiltinIterators.CallArgs ca = new BuiltinIterators.CallArgs(a, kw);
            Arity.parseTuple(rt, "expandtabs", ca.positional(), 0, 1);
            PyObject t = ca.take(0, "tabsize");
            ca.noMore(rt, "expandtabs", 1);
            long tab = t == null ? 8 : BuiltinMethods.intArg(rt, t);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int cp : s.codePoints().toArray()) {
                if (cp == '\t') {
                    if (tab > 0) {
                        int n = (int) (tab - col % tab);
                        sb.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    sb.appendCodePoint(cp);
                    col = cp == '\n' || cp == '\r' ? 0 : col + 1;
                }
            }
            return rt.heap.newStr(sb.toString());
        });
        for (String name : List.of("partition", "rpartition")) {
            def(m, name, (rt, self, s, a, kw) -> {
                Arity.one(rt, "str", name, a, kw);
                String sep = argStr(rt, a[0], "must be");
                if (sep.isEmpty()) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "empty separator");
                }
                boolean right = name.equals("rpartition");
                int at = right ? s.lastIndexOf(sep) : s.indexOf(sep);
                Heap heap = rt.heap;
                PyObject[] parts = new PyObject[3];
                if (at < 0) {
                    // no separator: (self, '', '') or ('', '', self)
                    heap.incref(self);
                    parts[right ? 2 : 0] = self;
                    parts[1] = heap.newStr("");
                    parts[right ? 0 : 2] = heap.newStr("");
                } else {
                    parts[0] = heap.newStr(s.substring(0, at));
                    heap.incref(a[0]);
                    parts[1] = a[0];
                    parts[2] = heap.newStr(s.substring(at + sep.length()));
                }
                return heap.newTupleOwned(parts);
            });
        }
        for (String name : List.of("removeprefix", "removesuffix")) {
            def(m, name, (rt, self, s, a, kw) -> {
                if (rt.policy.minor() < 9) {
                    throw Ops.attributeError(rt, self, name);
                }
                Arity.one(rt, "str", name, a, kw);
                String x = argStr(rt, a[0], name + "() argument");
                if (name.equals("removeprefix") && !x.isEmpty() && s.startsWith(x)) {
                    return rt.heap.newStr(s.substring(x.length()));
                }
                if (name.equals("removesuffix") && !x.isEmpty() && s.endsWith(x)) {
                    return rt.heap.newStr(s.substring(0, s.length() - x.length()));
                }
                return same(rt, self, s);
            });
        }
        def(m, "encode", (rt, self, s, a, kw) -> rt.heap.newBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        def(m, "__len__", (rt, self, s, a, kw) -> {
            Arity.none(rt, "str", "__len__", a, kw);
            return rt.vm.builtinMethods.newInt(s.codePointCount(0, s.length()));
        });
        def(m, "__contains__", (rt, self, s, a, kw) -> {
            Arity.one(rt, "str", "__contains__", a, kw);
            return rt.heap.bool(Arith.contains(rt, self, a[0]));
        });
    }

    // ------------------------------------------------------------------ helpers

    /** unicode_result_unchanged: the string itself (a new reference) when it is an exact str, else a copy. */
    private static PyObject same(PyRuntime rt, AtomObject self, String s) {
        if (!(self.type() instanceof ClassObject)) {
            rt.heap.incref(self);
            return self;
        }
        return rt.heap.newStr(s);
    }

    /** The string itself when the result equals it, else a new string. */
    private static PyObject result(PyRuntime rt, AtomObject self, String s, String r) {
        return r.equals(s) ? same(rt, self, s) : rt.heap.newStr(r);
    }

    private static String argStr(PyRuntime rt, PyObject o, String what) {
        if (o instanceof AtomObject a && a.isStr()) {
            return a.asString();
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, what + " must be str, not " + Ops.typeName(o));
    }

    private static PyObject strList(PyRuntime rt, List<String> parts) {
        ListObject l = rt.heap.newList();
        for (String p : parts) {
            PyObject o = rt.heap.newStr(p);
            rt.heap.listAppend(l, o);
            rt.heap.decref(o);
        }
        return l;
    }

    /** Py_UNICODE_ISSPACE */
    static boolean isSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    private static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int c : s.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            any |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
        }
        return any;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int[] cps = s.codePoints().toArray();
        if (!(cps[0] == '_' || Character.isUnicodeIdentifierStart(cps[0]))) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!(cps[i] == '_' || Character.isUnicodeIdentifierPart(cps[i])) || Character.isIdentifierIgnorable(cps[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE || t == Character.PRIVATE_USE
                || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.SPACE_SEPARATOR);
    }

    private static String mapCase(int c, boolean upper) {
        String x = new String(Character.toChars(c));
        return upper ? x.toUpperCase(Locale.ROOT) : x.toLowerCase(Locale.ROOT);
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c)) {
                sb.append(mapCase(c, false));
            } else if (Character.isLowerCase(c)) {
                sb.append(mapCase(c, true));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** do_title: title case after an uncased character, lower case after a cased one. */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean previousCased = false;
        for (int c : s.codePoints().toArray()) {
            if (previousCased) {
                sb.append(mapCase(c, false));
            } else {
                sb.appendCodePoint(Character.toTitleCase(c));
            }
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    /** do_capitalize (3.8+): the first character in title case, the rest lower case. */
    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int[] cps = s.codePoints().toArray();
        int[] set = chars == null ? null : chars.codePoints().toArray();
        int i = 0;
        int j = cps.length;
        if (left) {
            while (i < j && strippable(cps[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && strippable(cps[j - 1], set)) {
                j--;
            }
        }
        return new String(cps, i, j - i);
    }

    private static boolean strippable(int c, int[] set) {
        if (set == null) {
            return isSpace(c);
        }
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** str.join (PyUnicode_Join over PySequence_Fast: an iterable that is not a list or tuple becomes a list first). */
    private static PyObject join(PyRuntime rt, AtomObject self, String sep, PyObject iterable) {
        Heap heap = rt.heap;
        PyObject seq;
        if (iterable instanceof ListObject || iterable instanceof TupleObject) {
            heap.incref(iterable);
            seq = iterable;
        } else {
            ListObject l = heap.newList();
            try {
                Iteration.extend(rt, l, iterable);
            } catch (PyException e) {
                heap.decref(l);
                if (e.value().type().isSubtypeOf(ExceptionTypes.TYPE_ERROR) && !isIterable(rt, iterable)) {
                    heap.decref(e.value());
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "can only join an iterable");
                }
                throw e;
            }
            seq = l;
        }
        try {
            int n = (int) Ops.lengthOf(rt, seq);
            if (n == 1 && Subscripts.item(seq, 0).type() == Types.STR) {
                PyObject only = Subscripts.item(seq, 0);
                heap.incref(only);
                return only;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                PyObject item = Subscripts.item(seq, i);
                if (!(item instanceof AtomObject x && x.isStr())) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "sequence item " + i + ": expected str instance, " + Ops.typeName(item) + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(x.asString());
            }
            return heap.newStr(sb.toString());
        } finally {
            heap.decref(seq);
        }
    }

    private static boolean isIterable(PyRuntime rt, PyObject o) {
        return o instanceof AtomObject a && a.isStr() || o instanceof org.heapsim.heap.DictObject || o instanceof org.heapsim.heap.SetObject
                || Views.isView(o) || Ranges.isRange(o) || Iteration.isIterator(rt, o) || Generators.isGenerator(o)
                || Ops.typeLookupUser(rt, o.type(), "__iter__") != null || BuiltinIterators.sequenceCheck(rt, o);
    }

    /** split / rsplit (sep=None, maxsplit=-1): whitespace runs, or an exact separator. */
    private static PyObject split(PyRuntime rt, AtomObject self, String s, PyObject[] a, String[] kw, String name, boolean right) {
        BuiltinIterators.CallArgs ca = new BuiltinIterators.CallArgs(a, kw);
        Arity.parseTuple(rt, name, ca.positional(), 0, 2);
        PyObject sepObj = ca.take(0, "sep");
        PyObject maxObj = ca.take(1, "maxsplit");
        ca.noMore(rt, name, 2);
        String sep = null;
        if (sepObj != null && sepObj != rt.heap.none()) {
            if (!(sepObj instanceof AtomObject x && x.isStr())) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "must be str or None, not " + Ops.typeName(sepObj));
            }
            sep = x.asString();
            if (sep.isEmpty()) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "empty separator");
            }
        }
        long max = maxObj == null ? -1 : BuiltinMethods.intArg(rt, maxObj);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> parts = new ArrayList<>();
        if (sep == null) {
            int[] cps = s.codePoints().toArray();
            if (!right) {
                int i = 0;
                int n = cps.length;
                while (true) {
                    while (i < n && isSpace(cps[i])) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (parts.size() == max) {
                        int j = n;
                        while (j > i && isSpace(cps[j - 1])) {
                            j--;
                        }
                        parts.add(new String(cps, i, j - i));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(cps[j])) {
                        j++;
                    }
                    parts.add(new String(cps, i, j - i));
                    i = j;
                }
            } else {
                int j = cps.length;
                while (true) {
                    while (j > 0 && isSpace(cps[j - 1])) {
                        j--;
                    }
                    if (j <= 0) {
                        break;
                    }
                    if (parts.size() == max) {
                        int i = 0;
                        while (i < j && isSpace(cps[i])) {
                            i++;
                        }
                        parts.add(new String(cps, i, j - i));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !isSpace(cps[i - 1])) {
                        i--;
                    }
                    parts.add(new String(cps, i, j - i));
                    j = i;
                }
                java.util.Collections.reverse(parts);
            }
        } else if (!right) {
            int from = 0;
            while (parts.size() < max) {
                int at = s.indexOf(sep, from);
                if (at < 0) {
                    break;
                }
                parts.add(s.substring(from, at));
                from = at + sep.length();
            }
            parts.add(s.substring(from));
        } else {
            int to = s.length();
            while (parts.size() < max) {
                int at = s.lastIndexOf(sep, to - sep.length());
                if (at < 0) {
                    break;
                }
                parts.add(s.substring(at + sep.length(), to));
                to = at;
            }
            parts.add(s.substring(0, to));
            java.util.Collections.reverse(parts);
        }
        if (parts.size() == 1 && parts.get(0).equals(s) && self.type() == Types.STR) {
            // no split happened: the list holds the string itself
            ListObject l = rt.heap.newList();
            rt.heap.listAppend(l, self);
            return l;
        }
        return strList(rt, parts);
    }

    /** str.splitlines: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029. */
    private static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int[] cps = s.codePoints().toArray();
        int i = 0;
        int start = 0;
        while (i < cps.length) {
            int c = cps[i];
            boolean br = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (!br) {
                i++;
                continue;
            }
            int eol = i;
            i++;
            if (c == '\r' && i < cps.length && cps[i] == '\n') {
                i++;
            }
            out.add(new String(cps, start, (keepends ? i : eol) - start));
            start = i;
        }
        if (start < cps.length) {
            out.add(new String(cps, start, cps.length - start));
        }
        return out;
    }

    private static String replace(String s, String old, String rep, long count) {
        if (count == 0) {
            return s;
        }
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            long done = 0;
            for (int i = 0; i <= cps.length; i++) {
                if (done < count) {
                    sb.append(rep);
                    done++;
                }
                if (i < cps.length) {
                    sb.appendCodePoint(cps[i]);
                }
            }
            return sb.toString();
        }
        int from = 0;
        long done = 0;
        while (done < count) {
            int at = s.indexOf(old, from);
            if (at < 0) {
                break;
            }
            sb.append(s, from, at).append(rep);
            from = at + old.length();
            done++;
        }
        return sb.append(s.substring(from)).toString();
    }

    /** ADJUST_INDICES of the optional start and end arguments at a[from], a[from+1] (None allowed). */
    private static int[] bounds(PyRuntime rt, int len, PyObject[] a, int from) {
        long start = 0;
        long end = Long.MAX_VALUE;
        if (a.length > from && a[from] != rt.heap.none()) {
            start = sliceIndex(rt, a[from]);
        }
        if (a.length > from + 1 && a[from + 1] != rt.heap.none()) {
            end = sliceIndex(rt, a[from + 1]);
        }
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    private static long sliceIndex(PyRuntime rt, PyObject o) {
        BigInteger i = Vm.intValue(o);
        if (i == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
        }
        return i.max(BigInteger.valueOf(Long.MIN_VALUE / 2)).min(BigInteger.valueOf(Long.MAX_VALUE / 2)).longValue();
    }

    private static boolean tailMatch(int[] s, int[] sub, int start, int end, boolean ends) {
        if (start > s.length) {
            return false;
        }
        if (end - start < sub.length) {
            return false;
        }
        int at = ends ? end - sub.length : start;
        for (int i = 0; i < sub.length; i++) {
            if (s[at + i] != sub[i]) {
                return false;
            }
        }
        return true;
    }

    /** find, rfind, index, rindex, count over code points with start and end. */
    private static PyObject search(PyRuntime rt, String s, PyObject[] a, String[] kw, String name) {
        if (kw != null && kw.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
        }
        if (a.length < 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.STR_SEARCH_ARITY.format(rt.policy.minor(), name, a.length));
        }
        Arity.parseTuple(rt, name, a.length, 1, 3);
        if (!(a[0] instanceof AtomObject x && x.isStr())) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.STR_SEARCH_ARG.format(rt.policy.minor(), name, Ops.typeName(a[0])));
        }
        int[] cps = s.codePoints().toArray();
        int[] sub = x.asString().codePoints().toArray();
        int[] se = bounds(rt, cps.length, a, 1);
        int start = se[0];
        int end = se[1];
        if (name.equals("count")) {
            if (start > cps.length || end - start < sub.length) {
                return rt.vm.builtinMethods.newInt(0);
            }
            if (sub.length == 0) {
                return rt.vm.builtinMethods.newInt(end - start + 1);
            }
            int n = 0;
            for (int i = start; i + sub.length <= end; ) {
                if (matchAt(cps, sub, i)) {
                    n++;
                    i += sub.length;
                } else {
                    i++;
                }
            }
            return rt.vm.builtinMethods.newInt(n);
        }
        boolean right = name.startsWith("r");
        int found = -1;
        if (start <= cps.length && end - start >= sub.length) {
            if (right) {
                for (int i = end - sub.length; i >= start; i--) {
                    if (matchAt(cps, sub, i)) {
                        found = i;
                        break;
                    }
                }
            } else {
                for (int i = start; i + sub.length <= end; i++) {
                    if (matchAt(cps, sub, i)) {
                        found = i;
                        break;
                    }
                }
            }
        }
        if (found < 0 && name.endsWith("index")) {
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "substring not found");
        }
        return rt.vm.builtinMethods.newInt(found);
    }

    private static boolean matchAt(int[] s, int[] sub, int at) {
        for (int i = 0; i < sub.length; i++) {
            if (s[at + i] != sub[i]) {
                return false;
            }
        }
        return true;
    }
}
