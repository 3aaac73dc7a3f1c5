package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.python.runtime.FormatSpec;

/** f-string values (FORMAT_VALUE), format() and printf-style {@code %} formatting. */
final class Formatting {
    private Formatting() {
    }

    /** conversion: 0 none, 1 !s, 2 !r, 3 !a; spec: a str object or null. */
    static String formatValue(PyRuntime rt, PyObject v, int conversion, PyObject spec) {
        String specText = spec == null ? "" : ((AtomObject) spec).asString();
        if (conversion == 1) {
            return format(rt, Ops.strOf(rt, v), specText);
        }
        if (conversion == 2 || conversion == 3) {
            return format(rt, Ops.reprOf(rt, v), specText);
        }
        return format(rt, v, specText);
    }

    private static String format(PyRuntime rt, String s, String spec) {
        return spec.isEmpty() ? s : FormatSpec.parse(spec).formatStr(s);
    }

    /** format(v, spec) */
    static String format(PyRuntime rt, PyObject v, String spec) {
        PyObject user = Ops.typeLookupUser(rt, v.type(), "__format__");
        if (user != null) {
            PyObject specObj = rt.heap.newStr(spec);
            PyObject r = rt.vm.call(user, new PyObject[] {v, specObj});
            rt.heap.decref(specObj);
            try {
                return Ops.strOf(rt, r);
            } finally {
                rt.heap.decref(r);
            }
        }
        if (v instanceof AtomObject a) {
            Object x = a.value();
            if (x instanceof Boolean b && spec.isEmpty()) {
                return b ? "True" : "False";
            }
            BigInteger i = Arith.asInt(x);
            if (i != null) {
                return spec.isEmpty() ? (i.bitLength() < 64 ? Long.toString(i.longValue()) : i.toString()) : FormatSpec.parse(spec).formatInt(i);
            }
            if (x instanceof Double d) {
                return FormatSpec.parse(spec).formatFloat(d);
            }
            if (x instanceof String s) {
                return spec.isEmpty() ? s : FormatSpec.parse(spec).formatStr(s);
            }
        }
        if (spec.isEmpty()) {
            return Ops.strOf(rt, v);
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "unsupported format string passed to " + Ops.typeName(v) + ".__format__");
    }

    /** str % args: %s %r %a %d %i %u %f %F %e %E %g %G %x %X %o %c %% with flags, width and precision. */
    static String percent(PyRuntime rt, String fmt, PyObject args) {
        List<PyObject> values = new ArrayList<>();
        boolean isTuple = args instanceof TupleObject t && !(args.type() instanceof org.heapsim.heap.ClassObject);
        if (isTuple) {
            TupleObject t = (TupleObject) args;
            for (int i = 0; i < t.size(); i++) {
                values.add(t.get(i));
            }
        } else {
            values.add(args);
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "incomplete format");
            }
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int start = i;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                i++;
            }
            String width = fmt.substring(start, i);
            String precision = null;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                start = i;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                precision = fmt.substring(start, i);
            }
            if (i >= fmt.length()) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (next >= values.size()) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "not enough arguments for format string");
            }
            PyObject v = values.get(next++);
            String align = flags.indexOf("-") >= 0 ? "<" : "";
            String zero = flags.indexOf("0") >= 0 && align.isEmpty() ? "0" : "";
            String sign = flags.indexOf("+") >= 0 ? "+" : flags.indexOf(" ") >= 0 ? " " : "";
            String alt = flags.indexOf("#") >= 0 ? "#" : "";
            String prec = precision == null ? "" : "." + (precision.isEmpty() ? "0" : precision);
            switch (conv) {
                case 's' -> out.append(FormatSpec.parse(align + width + prec).formatStr(Ops.strOf(rt, v)));
                case 'r', 'a' -> out.append(FormatSpec.parse(align + width + prec).formatStr(Ops.reprOf(rt, v)));
                case 'd', 'i', 'u' -> {
                    BigInteger n = integral(rt, v, conv);
                    out.append(FormatSpec.parse(align + sign + zero + width + "d").formatInt(n));
                }
                case 'x', 'X', 'o' -> {
                    BigInteger n = integral(rt, v, conv);
                    out.append(FormatSpec.parse(align + sign + alt + zero + width + conv).formatInt(n));
                }
                case 'c' -> out.append(Ops.strOf(rt, v));
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    Double d = Arith.asFloat(v instanceof AtomObject a ? a.value() : null);
                    if (d == null) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.PERCENT_FLOAT_ARGUMENT.format(rt.policy.minor(), Ops.typeName(v)));
                    }
                    String p = precision == null ? ".6" : prec;
                    out.append(FormatSpec.parse(align + sign + alt + zero + width + p + conv).formatFloat(d));
                }
                default -> throw rt.raise(ExceptionTypes.VALUE_ERROR, "unsupported format character '" + conv
                        + "' (0x" + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
        }
        if (next < values.size() && !(args instanceof DictObject)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static BigInteger integral(PyRuntime rt, PyObject v, char conv) {
        Object x = v instanceof AtomObject a ? a.value() : null;
        BigInteger n = Arith.asInt(x);
        if (n == null && x instanceof Double d) {
            n = new java.math.BigDecimal(d).toBigInteger();
        }
        if (n == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.PERCENT_INT_ARGUMENT.format(rt.policy.minor(), conv, Ops.typeName(v)));
        }
        return n;
    }
}
