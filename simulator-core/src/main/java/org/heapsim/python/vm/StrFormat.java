package org.heapsim.python.vm;

import org.heapsim.heap.PyObject;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * str.format ({@code Objects/stringlib/unicode_format.h}): literal text and replacement fields
 * {@code {field_name!conversion:format_spec}}, where field_name is an automatic or explicit
 * index or a keyword followed by {@code .attr} and {@code [key]} lookups (each a new reference,
 * released as soon as the next step has its result), and the spec may itself hold fields (two
 * levels at most). CPython's errors and messages throughout.
 */
final class StrFormat {
    private StrFormat() {
    }

    /** Automatic numbering state (AutoNumber): 0 unknown, 1 automatic, 2 manual. */
    private static final class Auto {
        int state;
        int next;
        /** format_map's mapping, or null. */
        PyObject mapping;
    }

    static String format(PyRuntime rt, String fmt, PyObject[] args, String[] kwNames) {
        return build(rt, fmt, args, kwNames, 2, new Auto());
    }

    /** str.format_map(mapping): keyword fields looked up in the mapping (mapping[name]); no positional fields. */
    static String formatMap(PyRuntime rt, String fmt, PyObject mapping) {
        Auto auto = new Auto();
        auto.mapping = mapping;
        return build(rt, fmt, new PyObject[0], null, 2, auto);
    }

    /** build_string / output_markup over one level of the format string. */
    private static String build(PyRuntime rt, String s, PyObject[] args, String[] kwNames, int recursion, Auto auto) {
        if (recursion <= 0) {
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            // MarkupIterator_next: literal text up to a single '{' or '}'
            char c = s.charAt(i);
            if (c == '{' || c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == c) {
                    out.append(c);
                    i += 2;
                    continue;
                }
                if (c == '}') {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "Single '}' encountered in format string");
                }
                if (i + 1 >= n) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "Single '{' encountered in format string");
                }
                // the field runs to the matching '}' (nested braces counted)
                int start = i + 1;
                int depth = 1;
                int j = start;
                boolean inBrackets = false;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == '[') {
                        inBrackets = true;
                    } else if (d == ']') {
                        inBrackets = false;
                    } else if (d == '{' && !inBrackets) {
                        depth++;
                    } else if (d == '}' && !inBrackets) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                    j++;
                }
                if (depth != 0) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "expected '}' before end of string");
                }
                out.append(field(rt, s.substring(start, j), args, kwNames, recursion, auto));
                i = j + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** parse_field and render_field for one replacement field's text. */
    private static String field(PyRuntime rt, String text, PyObject[] args, String[] kwNames, int recursion, Auto auto) {
        // the field name ends at the first '!' or ':' outside brackets
        int k = 0;
        boolean inBrackets = false;
        while (k < text.length()) {
            char d = text.charAt(k);
            if (d == '[') {
                inBrackets = true;
            } else if (d == ']') {
                inBrackets = false;
            } else if (!inBrackets && (d == '!' || d == ':')) {
                break;
            }
            k++;
        }
        String name = text.substring(0, k);
        int conversion = 0;
        String spec = "";
        if (k < text.length()) {
            if (text.charAt(k) == '!') {
                if (k + 1 >= text.length()) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "unmatched '{' in format spec");
                }
                char conv = text.charAt(k + 1);
                int after = k + 2;
                if (after < text.length()) {
                    if (text.charAt(after) != ':') {
                        throw rt.raise(ExceptionTypes.VALUE_ERROR, "expected ':' after conversion specifier");
                    }
                    spec = text.substring(after + 1);
                }
                conversion = switch (conv) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    case '}', ':' -> throw rt.raise(ExceptionTypes.VALUE_ERROR, "unmatched '{' in format spec");
                    default -> throw rt.raise(ExceptionTypes.VALUE_ERROR, "Unknown conversion specifier " + conv);
                };
            } else {
                spec = text.substring(k + 1);
            }
        }
        PyObject value = lookup(rt, name, args, kwNames, auto);
        try {
            if (spec.indexOf('{') >= 0) {
                spec = build(rt, spec, args, kwNames, recursion - 1, auto);
            }
            PyObject specObj = spec.isEmpty() ? null : rt.heap.newStr(spec);
            try {
                return Formatting.formatValue(rt, value, conversion, specObj);
            } finally {
                if (specObj != null) {
                    rt.heap.decref(specObj);
                }
            }
        } finally {
            rt.heap.decref(value);
        }
    }

    /** get_field_object: the first part (index or keyword), then each .attr and [key]; a new reference. */
    private static PyObject lookup(PyRuntime rt, String name, PyObject[] args, String[] kwNames, Auto auto) {
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        PyObject obj;
        Long index = first.isEmpty() ? null : digits(first);
        if ((first.isEmpty() || index != null) && auto.mapping != null) {
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "Format string contains positional fields");
        }
        if (auto.mapping != null) {
            PyObject key = rt.heap.newStr(first);
            try {
                obj = Subscripts.get(rt, auto.mapping, key);
            } finally {
                rt.heap.decref(key);
            }
        } else if (first.isEmpty() || index != null) {
            if (first.isEmpty()) {
                if (auto.state == 2) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "cannot switch from manual field specification to automatic field numbering");
                }
                auto.state = 1;
                index = (long) auto.next++;
            } else {
                if (auto.state == 1) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "cannot switch from automatic field numbering to manual field specification");
                }
                auto.state = 2;
            }
            if (index >= npos) {
                throw rt.raise(ExceptionTypes.INDEX_ERROR, "Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args[(int) (long) index];
        } else {
            obj = null;
            for (int k = 0; k < nkw; k++) {
                if (kwNames[k].equals(first)) {
                    obj = args[npos + k];
                }
            }
            if (obj == null) {
                PyObject key = rt.heap.newStr(first);
                org.heapsim.heap.ExceptionObject e = Subscripts.keyError(rt, key);
                rt.heap.decref(key);
                throw rt.raised(e);
            }
        }
        if (auto.mapping == null) {
            rt.heap.incref(obj); // the mapping's result is already a new reference
        }
        int i = end;
        while (i < name.length()) {
            char c = name.charAt(i);
            PyObject next;
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                String attr = name.substring(i + 1, j);
                if (attr.isEmpty()) {
                    rt.heap.decref(obj);
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "Empty attribute in format string");
                }
                try {
                    next = Ops.getAttr(rt, obj, attr);
                } finally {
                    rt.heap.decref(obj);
                }
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i + 1);
                if (j < 0) {
                    rt.heap.decref(obj);
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "Missing ']' in format string");
                }
                String keyText = name.substring(i + 1, j);
                if (keyText.isEmpty()) {
                    rt.heap.decref(obj);
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "Empty attribute in format string");
                }
                Long ki = digits(keyText);
                PyObject key = ki != null ? rt.vm.builtinMethods.newInt(ki) : rt.heap.newStr(keyText);
                try {
                    next = Subscripts.get(rt, obj, key);
                } finally {
                    rt.heap.decref(key);
                    rt.heap.decref(obj);
                }
                i = j + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    rt.heap.decref(next);
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                rt.heap.decref(obj);
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier");
            }
            obj = next;
        }
        return obj;
    }

    /** get_integer: a run of decimal digits, else null. */
    private static Long digits(String s) {
        if (s.isEmpty()) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
