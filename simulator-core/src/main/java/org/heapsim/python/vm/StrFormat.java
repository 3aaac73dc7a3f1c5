package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.PyObject;
import org.heapsim.python.runtime.ExceptionTypes;

/** str.format: {} {0} {name} fields with !r/!s conversions and format specs (attribute and index lookups not yet). */
final class StrFormat {
    private StrFormat() {
    }

    static String format(PyRuntime rt, String fmt, PyObject[] args, String[] kwNames) {
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
                continue;
            }
            if (c == '}') {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = fmt.indexOf('}', i);
            if (close < 0) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "Single '{' encountered in format string");
            }
            String field = fmt.substring(i + 1, close);
            i = close + 1;
            String spec = "";
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            int conversion = 0;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                char conv = field.charAt(bang + 1);
                conversion = conv == 's' ? 1 : conv == 'r' ? 2 : 3;
                field = field.substring(0, bang);
            }
            // FieldNameIterator: arg_name, then any number of .attribute and [index] parts
            int end = 0;
            while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                end++;
            }
            String argName = field.substring(0, end);
            PyObject value;
            if (argName.isEmpty()) {
                if (auto >= npos) {
                    throw rt.raise(ExceptionTypes.INDEX_ERROR, "Replacement index " + auto + " out of range for positional args tuple");
                }
                value = args[auto++];
            } else if (argName.chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(argName);
                if (n >= npos) {
                    throw rt.raise(ExceptionTypes.INDEX_ERROR, "Replacement index " + n + " out of range for positional args tuple");
                }
                value = args[n];
            } else {
                value = null;
                for (int k = 0; k < nkw; k++) {
                    if (kwNames[k].equals(argName)) {
                        value = args[npos + k];
                    }
                }
                if (value == null) {
                    throw rt.raised(Subscripts.keyError(rt, rt.heap.intern(argName)));
                }
            }
            rt.heap.incref(value);
            try {
                while (end < field.length()) {
                    PyObject next;
                    if (field.charAt(end) == '.') {
                        int stop = end + 1;
                        while (stop < field.length() && field.charAt(stop) != '.' && field.charAt(stop) != '[') {
                            stop++;
                        }
                        next = Ops.getAttr(rt, value, field.substring(end + 1, stop));
                        end = stop;
                    } else {
                        int close2 = field.indexOf(']', end);
                        if (close2 < 0) {
                            throw rt.raise(ExceptionTypes.VALUE_ERROR, "Missing ']' in format string");
                        }
                        String key = field.substring(end + 1, close2);
                        PyObject k = !key.isEmpty() && key.chars().allMatch(Character::isDigit)
                                ? rt.vm.builtinMethods.newInt(Long.parseLong(key)) : rt.heap.newStr(key);
                        try {
                            next = Subscripts.get(rt, value, k);
                        } finally {
                            rt.heap.decref(k);
                        }
                        end = close2 + 1;
                    }
                    rt.heap.decref(value);
                    value = next;
                }
            } catch (RuntimeException ex) {
                rt.heap.decref(value);
                throw ex;
            }
            PyObject owned = value;
            PyObject specObj = spec.isEmpty() ? null : rt.heap.newStr(spec);
            try {
                out.append(Formatting.formatValue(rt, owned, conversion, specObj));
            } finally {
                if (specObj != null) {
                    rt.heap.decref(specObj);
                }
                rt.heap.decref(owned);
            }
        }
        return out.toString();
    }

    static List<PyObject> none() {
        return List.of();
    }
}
