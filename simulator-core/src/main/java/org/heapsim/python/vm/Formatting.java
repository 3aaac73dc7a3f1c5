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
        try {
            if (conversion == 1) {
                return format(rt, Ops.strOf(rt, v), specText);
            }
            if (conversion == 2) {
                return format(rt, Ops.reprOf(rt, v), specText);
            }
            if (conversion == 3) {
                return format(rt, ascii(Ops.reprOf(rt, v)), specText);
            }
            return format(rt, v, specText);
        } catch (org.heapsim.heap.PyError e) {
            throw converted(rt, e);
        }
    }

    private static String format(PyRuntime rt, String s, String spec) {
        return spec.isEmpty() ? s : FormatSpec.parse(spec).formatStr(s);
    }

    /** format(v, spec) */
    static String format(PyRuntime rt, PyObject v, String spec) {
        try {
            return formatObject(rt, v, spec);
        } catch (org.heapsim.heap.PyError e) {
            throw converted(rt, e);
        }
    }

    private static String formatObject(PyRuntime rt, PyObject v, String spec) {
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
                if (spec.isEmpty() || "xXobceEfFgG%".indexOf(spec.charAt(spec.length() - 1)) < 0) {
                    Ops.checkIntStrDigits(rt, i); // a decimal presentation goes through long_to_decimal_string
                }
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

    /** ascii(): repr with every non-ASCII character escaped (\\xhh, \\uxxxx, \\Uxxxxxxxx). */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** A format-spec error of the runtime (FormatSpec) raised as the Python exception it names. */
    static PyException converted(PyRuntime rt, org.heapsim.heap.PyError e) {
        if (e instanceof PyException pe) {
            return pe;
        }
        org.heapsim.heap.StaticType t = ExceptionTypes.byName(e.typeName());
        return rt.raise(t == null ? ExceptionTypes.VALUE_ERROR : t, e.pyMessage());
    }

    /**
     * str % args (PyUnicode_Format): a tuple supplies the values in order, anything else is
     * the one value; %(key)s takes values from a mapping; * widths and precisions come from the
     * values; conversions s r a d i u x X o c e E f F g G and %%, with CPython's errors.
     */
    static String percent(PyRuntime rt, String fmt, PyObject args) {
        try {
            return percentFormat(rt, fmt, args);
        } catch (org.heapsim.heap.PyError e) {
            throw converted(rt, e);
        }
    }

    private static final class ArgCursor {
        final PyObject args;
        final int arglen;
        int argidx;

        ArgCursor(PyObject args) {
            this.args = args;
            boolean isTuple = args instanceof TupleObject;
            this.arglen = isTuple ? ((TupleObject) args).size() : -1;
            this.argidx = isTuple ? 0 : -1;
        }

        /** getnextarg: a borrowed value. */
        PyObject next(PyRuntime rt) {
            if (arglen < 0) {
                if (argidx == -1) {
                    argidx = -2;
                    return args;
                }
            } else if (argidx < arglen) {
                return ((TupleObject) args).get(argidx++);
            }
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "not enough arguments for format string");
        }
    }

    private static String percentFormat(PyRuntime rt, String fmt, PyObject args) {
        PyObject dict = null;
        boolean mappingLike = args instanceof DictObject || args instanceof org.heapsim.heap.ListObject
                || Ops.typeLookupUser(rt, args.type(), "__getitem__") != null;
        if (mappingLike && !(args instanceof TupleObject) && !(args instanceof AtomObject a0 && a0.isStr())) {
            dict = args;
        }
        ArgCursor cur = new ArgCursor(args);
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "incomplete format");
            }
            PyObject owned = null; // a value looked up by key, released after its conversion
            try {
                if (fmt.charAt(i) == '(') {
                    if (dict == null) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, "format requires a mapping");
                    }
                    int depth = 1;
                    int start = ++i;
                    while (i < n && depth > 0) {
                        if (fmt.charAt(i) == '(') {
                            depth++;
                        } else if (fmt.charAt(i) == ')') {
                            depth--;
                        }
                        i++;
                    }
                    if (depth > 0) {
                        throw rt.raise(ExceptionTypes.VALUE_ERROR, "incomplete format key");
                    }
                    PyObject key = rt.heap.newStr(fmt.substring(start, i - 1));
                    try {
                        owned = Subscripts.get(rt, dict, key);
                    } finally {
                        rt.heap.decref(key);
                    }
                    cur.argidx = -2; // the mapping counts as used: a later plain conversion finds no value
                }
                StringBuilder flags = new StringBuilder();
                while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                    flags.append(fmt.charAt(i++));
                }
                String width = "";
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    width = String.valueOf(starArg(rt, cur));
                    if (width.startsWith("-")) {
                        flags.append('-');
                        width = width.substring(1);
                    }
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    width = fmt.substring(start, i);
                }
                String precision = null;
                if (i < n && fmt.charAt(i) == '.') {
                    i++;
                    if (i < n && fmt.charAt(i) == '*') {
                        i++;
                        precision = String.valueOf(Math.max(0, starArg(rt, cur)));
                    } else {
                        int start = i;
                        while (i < n && Character.isDigit(fmt.charAt(i))) {
                            i++;
                        }
                        precision = fmt.substring(start, i);
                    }
                }
                if (i >= n) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "incomplete format");
                }
                char conv = fmt.charAt(i++);
                if (conv == '%') {
                    if (flags.length() == 0 && width.isEmpty() && precision == null) {
                        out.append('%');
                        continue;
                    }
                }
                PyObject v = owned != null ? owned : cur.next(rt);
                if (conv == '%') {
                    out.append('%');
                    continue;
                }
                out.append(convert(rt, v, conv, flags.toString(), width, precision, i - 1));
            } finally {
                if (owned != null) {
                    rt.heap.decref(owned);
                }
            }
        }
        if (cur.argidx >= 0 && cur.argidx < cur.arglen && dict == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "not all arguments converted during string formatting");
        }
        if (cur.argidx == -1 && dict == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static long starArg(PyRuntime rt, ArgCursor src) {
        PyObject w = src.next(rt);
        BigInteger b = Vm.intValue(w);
        if (b == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "* wants int");
        }
        return b.longValue();
    }

    private static String convert(PyRuntime rt, PyObject v, char conv, String flags, String width, String precision, int index) {
        String align = flags.indexOf('-') >= 0 ? "<" : "";
        String zero = flags.indexOf('0') >= 0 && align.isEmpty() ? "0" : "";
        String sign = flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        String alt = flags.indexOf('#') >= 0 ? "#" : "";
        String prec = precision == null ? "" : "." + (precision.isEmpty() ? "0" : precision);
        String w = align.isEmpty() && !width.isEmpty() ? ">" + width : align + width;
        switch (conv) {
            case 's':
                return FormatSpec.parse(w + prec).formatStr(Ops.strOf(rt, v));
            case 'r':
                return FormatSpec.parse(w + prec).formatStr(Ops.reprOf(rt, v));
            case 'a':
                return FormatSpec.parse(w + prec).formatStr(ascii(Ops.reprOf(rt, v)));
            case 'd', 'i', 'u': {
                BigInteger num = integral(rt, v, conv);
                Ops.checkIntStrDigits(rt, num);
                String body = FormatSpec.parse(sign + "d").formatInt(num);
                if (precision != null && !precision.isEmpty()) {
                    body = zeroPad(body, Integer.parseInt(precision));
                }
                return pad(body, width, align, zero);
            }
            case 'x', 'X', 'o': {
                Object x = v instanceof AtomObject a ? a.value() : null;
                BigInteger num = Arith.asInt(x);
                if (num == null) {
                    if (x instanceof Double || x instanceof String || x == null || !(v instanceof AtomObject)) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, "%" + conv + " format: an integer is required, not " + Ops.typeName(v));
                    }
                }
                String body = FormatSpec.parse(sign + alt + conv).formatInt(num);
                return pad(body, width, align, zero);
            }
            case 'c': {
                Object x = v instanceof AtomObject a ? a.value() : null;
                BigInteger num = Arith.asInt(x);
                String ch;
                if (num != null) {
                    if (num.signum() < 0 || num.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                        throw rt.raise(ExceptionTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
                    }
                    ch = new String(Character.toChars(num.intValue()));
                } else if (x instanceof String s && s.codePointCount(0, s.length()) == 1) {
                    ch = s;
                } else {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "%c requires int or char");
                }
                return FormatSpec.parse(w).formatStr(ch);
            }
            case 'f', 'F', 'e', 'E', 'g', 'G': {
                Double d = Arith.asFloat(v instanceof AtomObject a ? a.value() : null);
                if (d == null) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.PERCENT_FLOAT_ARGUMENT.format(rt.policy.minor(), Ops.typeName(v)));
                }
                String p = precision == null ? ".6" : prec;
                return FormatSpec.parse(align + sign + alt + zero + width + p + conv).formatFloat(d);
            }
            default:
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "unsupported format character '" + conv
                        + "' (0x" + Integer.toHexString(conv) + ") at index " + index);
        }
    }

    /** Zero-fills the digits of a signed integer to at least n digits (%.5d). */
    private static String zeroPad(String body, int n) {
        String sign = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? body.substring(0, 1) : "";
        String digits = body.substring(sign.length());
        while (digits.length() < n) {
            digits = "0" + digits;
        }
        return sign + digits;
    }

    /** Width padding of an integer conversion: spaces left or right, or zeros after the sign and prefix. */
    private static String pad(String body, String width, String align, String zero) {
        if (width.isEmpty()) {
            return body;
        }
        int w = Integer.parseInt(width);
        if (body.length() >= w) {
            return body;
        }
        String fill = " ".repeat(w - body.length());
        if (!align.isEmpty()) {
            return body + fill;
        }
        if (!zero.isEmpty()) {
            int prefix = 0;
            if (body.startsWith("-") || body.startsWith("+") || body.startsWith(" ")) {
                prefix = 1;
            }
            if (body.startsWith("0x", prefix) || body.startsWith("0X", prefix) || body.startsWith("0o", prefix)) {
                prefix += 2;
            }
            return body.substring(0, prefix) + "0".repeat(w - body.length()) + body.substring(prefix);
        }
        return fill + body;
    }

    private static BigInteger integral(PyRuntime rt, PyObject v, char conv) {
        Object x = v instanceof AtomObject a ? a.value() : null;
        BigInteger n = Arith.asInt(x);
        if (n == null && x instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw rt.raise(d.isNaN() ? ExceptionTypes.VALUE_ERROR : ExceptionTypes.OVERFLOW_ERROR,
                        d.isNaN() ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
            }
            n = new java.math.BigDecimal(d).toBigInteger();
        }
        if (n == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.PERCENT_INT_ARGUMENT.format(rt.policy.minor(), conv, Ops.typeName(v)));
        }
        return n;
    }
}
