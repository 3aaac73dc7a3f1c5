package org.heapsim.python.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * Numeric and character built-ins beyond the subset's list that teaching programs reach for
 * ({@code Python/bltinmodule.c}): chr, ord, divmod, pow, round, format, bin, oct, hex, with
 * CPython's results (round half to even on the exact binary value) and messages.
 */
final class MoreBuiltins {
    private MoreBuiltins() {
    }

    private interface Fn {
        PyObject call(PyObject[] a);
    }

    private static void def(PyRuntime rt, String name, Fn fn) {
        PyObject f = rt.heap.newNative(name, (h, a) -> fn.call(a));
        rt.heap.setItemStr(rt.builtins, name, f);
        rt.heap.decref(f);
    }

    private static Object value(PyObject o) {
        return o instanceof AtomObject a ? a.value() : null;
    }

    static void install(PyRuntime rt) {
        def(rt, "chr", a -> {
            Arity.function(rt, "chr", a);
            BigInteger i = Arith.asInt(value(a[0]));
            if (i == null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.CHR_ARGUMENT.format(rt.policy.minor(), Ops.typeName(a[0])));
            }
            if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "chr() arg not in range(0x110000)");
            }
            return rt.heap.newStr(new String(Character.toChars(i.intValue())));
        });
        def(rt, "ord", a -> {
            Arity.function(rt, "ord", a);
            if (!(a[0] instanceof AtomObject s && s.isStr())) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "ord() expected string of length 1, but " + Ops.typeName(a[0]) + " found");
            }
            String str = s.asString();
            int n = str.codePointCount(0, str.length());
            if (n != 1) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "ord() expected a character, but string of length " + n + " found");
            }
            return rt.vm.builtinMethods.newInt(str.codePointAt(0));
        });
        def(rt, "divmod", a -> {
            Arity.function(rt, "divmod", a, 2, 2);
            return divmod(rt, a[0], a[1]);
        });
        def(rt, "pow", a -> {
            BuiltinIterators.CallArgs ca = new BuiltinIterators.CallArgs(a, rt.vm.lastKwNames);
            PyObject base = ca.take(0, "base");
            PyObject exp = ca.take(1, "exp");
            PyObject mod = ca.take(2, "mod");
            ca.noMore(rt, "pow", 3);
            if (base == null || exp == null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "pow() missing required argument '" + (base == null ? "base" : "exp") + "' (pos "
                        + (base == null ? 1 : 2) + ")");
            }
            if (mod == null || mod == rt.heap.none()) {
                return Arith.binary(rt, BinaryOp.POW, base, exp);
            }
            BigInteger b = Arith.asInt(value(base));
            BigInteger e = Arith.asInt(value(exp));
            BigInteger m = Arith.asInt(value(mod));
            if (b == null || e == null || m == null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (m.signum() == 0) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "pow() 3rd argument cannot be 0");
            }
            BigInteger am = m.abs();
            BigInteger r;
            if (e.signum() < 0) {
                try {
                    r = b.modInverse(am).modPow(e.negate(), am);
                } catch (ArithmeticException ex) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "base is not invertible for the given modulus");
                }
            } else {
                r = b.modPow(e, am);
            }
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return rt.vm.builtinMethods.newInt(r);
        });
        def(rt, "round", a -> {
            BuiltinIterators.CallArgs ca = new BuiltinIterators.CallArgs(a, rt.vm.lastKwNames);
            PyObject number = ca.take(0, "number");
            PyObject nd = ca.take(1, "ndigits");
            ca.noMore(rt, "round", 2);
            if (number == null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "round() missing required argument 'number' (pos 1)");
            }
            return round(rt, number, nd == rt.heap.none() ? null : nd);
        });
        def(rt, "format", a -> {
            Arity.function(rt, "format", a, 1, 2);
            String spec = a.length > 1 ? BuiltinMethods.strArg(rt, a[1], "format() argument 2") : "";
            return rt.heap.newStr(Formatting.format(rt, a[0], spec));
        });
        for (String name : new String[] {"bin", "oct", "hex"}) {
            def(rt, name, a -> {
                Arity.function(rt, name, a);
                BigInteger i = indexValue(rt, a[0]);
                String digits = i.abs().toString(name.equals("bin") ? 2 : name.equals("oct") ? 8 : 16);
                String prefix = name.equals("bin") ? "0b" : name.equals("oct") ? "0o" : "0x";
                return rt.heap.newStr((i.signum() < 0 ? "-" : "") + prefix + digits);
            });
        }
    }

    /** PyNumber_Index of a whole (possibly big) int. */
    private static BigInteger indexValue(PyRuntime rt, PyObject o) {
        BigInteger i = Arith.asInt(value(o));
        if (i != null) {
            return i;
        }
        PyObject f = Ops.typeLookupUser(rt, o.type(), "__index__");
        if (f != null) {
            PyObject r = rt.vm.call(f, new PyObject[] {o});
            try {
                BigInteger v = Vm.intValue(r);
                if (v != null) {
                    return v;
                }
            } finally {
                rt.heap.decref(r);
            }
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** builtin_divmod: __divmod__/__rdivmod__ of classes, long_divmod, float_divmod. */
    private static PyObject divmod(PyRuntime rt, PyObject x, PyObject y) {
        for (PyObject[] pair : new PyObject[][] {{x, y}, {y, x}}) {
            PyObject f = Ops.typeLookupUser(rt, pair[0].type(), pair[0] == x ? "__divmod__" : "__rdivmod__");
            if (f != null) {
                PyObject r = rt.vm.call(f, new PyObject[] {pair[0], pair[1]});
                if (!Arith.isNotImplemented(rt, r)) {
                    return r;
                }
                rt.heap.decref(r);
            }
        }
        Object xv = value(x);
        Object yv = value(y);
        BigInteger xi = Arith.asInt(xv);
        BigInteger yi = Arith.asInt(yv);
        if (xi != null && yi != null) {
            if (yi.signum() == 0) {
                throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
            }
            BigInteger[] qr = xi.divideAndRemainder(yi);
            BigInteger q = qr[0];
            BigInteger r = qr[1];
            if (r.signum() != 0 && r.signum() != yi.signum()) {
                q = q.subtract(BigInteger.ONE);
                r = r.add(yi);
            }
            return pair(rt, rt.vm.builtinMethods.newInt(q), rt.vm.builtinMethods.newInt(r));
        }
        Double xd = Arith.asFloat(xv);
        Double yd = Arith.asFloat(yv);
        if (xd != null && yd != null && (xv instanceof Double || yv instanceof Double)) {
            double vx = xi != null ? Arith.toDouble(rt, xi) : xd;
            double wx = yi != null ? Arith.toDouble(rt, yi) : yd;
            if (wx == 0.0) {
                throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, "float divmod()");
            }
            double mod = vx % wx;
            double div = (vx - mod) / wx;
            if (mod != 0.0) {
                if ((wx < 0) != (mod < 0)) {
                    mod += wx;
                    div -= 1.0;
                }
            } else {
                mod = Math.copySign(0.0, wx);
            }
            double floordiv;
            if (div != 0.0) {
                floordiv = Math.floor(div);
                if (div - floordiv > 0.5) {
                    floordiv += 1.0;
                }
            } else {
                floordiv = Math.copySign(0.0, vx / wx);
            }
            return pair(rt, rt.heap.newFloat(floordiv), rt.heap.newFloat(mod));
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "unsupported operand type(s) for divmod(): '" + Ops.typeName(x) + "' and '" + Ops.typeName(y) + "'");
    }

    private static PyObject pair(PyRuntime rt, PyObject a, PyObject b) {
        return rt.heap.newTupleOwned(new PyObject[] {a, b});
    }

    /** builtin_round: __round__ of classes; ints (ndigits < 0 rounds half to even), floats (the exact value, half to even). */
    private static PyObject round(PyRuntime rt, PyObject number, PyObject nd) {
        PyObject f = Ops.typeLookupUser(rt, number.type(), "__round__");
        if (f != null) {
            return rt.vm.call(f, nd == null ? new PyObject[] {number} : new PyObject[] {number, nd});
        }
        Object v = value(number);
        BigInteger i = Arith.asInt(v);
        if (i != null) {
            if (nd == null) {
                return rt.vm.builtinMethods.newInt(i);
            }
            long n = ListMethods.index(rt, nd);
            if (n >= 0) {
                return rt.vm.builtinMethods.newInt(i);
            }
            BigDecimal r = new BigDecimal(i).setScale((int) n, RoundingMode.HALF_EVEN);
            return rt.vm.builtinMethods.newInt(r.toBigInteger());
        }
        if (v instanceof Double d) {
            if (nd == null) {
                if (d.isNaN()) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "cannot convert float NaN to integer");
                }
                if (d.isInfinite()) {
                    throw rt.raise(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
                }
                return rt.vm.builtinMethods.newInt(new BigDecimal(Math.rint(d)).toBigInteger());
            }
            long n = ListMethods.index(rt, nd);
            if (d.isNaN() || d.isInfinite() || d == 0.0) {
                return rt.heap.newFloat(d);
            }
            if (n > 400) {
                return rt.heap.newFloat(d);
            }
            if (n < -400) {
                return rt.heap.newFloat(Math.copySign(0.0, d));
            }
            double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            if (Double.isInfinite(r)) {
                throw rt.raise(ExceptionTypes.OVERFLOW_ERROR, "rounded value too large to represent");
            }
            return rt.heap.newFloat(r == 0.0 ? Math.copySign(0.0, d) : r);
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "type " + Ops.typeName(number) + " doesn't define __round__ method");
    }

    static boolean isBool(PyObject o) {
        return o.type() == Types.BOOL;
    }
}
