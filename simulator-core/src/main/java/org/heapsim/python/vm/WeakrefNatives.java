package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.StaticType;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.weak.NotWeakReferenceable;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;
import org.heapsim.weak.WeakTypes;

/**
 * The {@code _weakref} module ({@code Modules/_weakref.c}) and the behaviour of the weakref
 * type ({@code Objects/weakrefobject.c}): {@code ref} (subclassable: {@code KeyedRef} and
 * {@code WeakMethod} in heapsim's weakref.py add slots and override {@code __new__} and
 * {@code __init__}), proxies, {@code getweakrefcount}, {@code getweakrefs} and
 * {@code _remove_dead_weakref}. Everything else of the weakref module is heapsim's own
 * Python source (resource {@code org/heapsim/python/lib/weakref.py}).
 */
final class WeakrefNatives {
    private WeakrefNatives() {
    }

    static GenericObject create(PyRuntime rt) {
        Heap heap = rt.heap;
        WeakTypes types = heap.weakTypes();
        GenericObject m = Modules.module(rt, "_weakref");
        Modules.put(rt, m, "ref", types.ref());
        Modules.put(rt, m, "ReferenceType", types.ref());
        Modules.put(rt, m, "ProxyType", types.proxy());
        Modules.put(rt, m, "CallableProxyType", types.callableProxy());
        Modules.def(rt, m, "proxy", (h, a) -> {
            BuiltinMethods.arity(rt, "proxy", a, 1, 2);
            try {
                return WeakRefs.newProxy(heap, a[0], a.length > 1 && a[1] != heap.none() ? a[1] : null,
                        Builtins.isCallable(rt, a[0])); // PyCallable_Check picks CallableProxyType
            } catch (NotWeakReferenceable e) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, e.getMessage());
            }
        });
        Modules.def(rt, m, "getweakrefcount", (h, a) -> rt.vm.builtinMethods.newInt(WeakRefs.count(a[0])));
        Modules.def(rt, m, "getweakrefs", (h, a) -> heap.newList(List.<PyObject>copyOf(WeakRefs.list(a[0]))));
        Modules.def(rt, m, "_remove_dead_weakref", (h, a) -> {
            removeDeadWeakref(rt, a);
            return null;
        });
        return m;
    }

    /** The methods of the ref type itself, reachable as ref.__new__, super().__init__(...), ref.__eq__... */
    static void installTypeMethods(BuiltinMethods methods, StaticType ref) {
        methods.define(ref, "__new__", (rt, cls, a, kw) -> {
            if (!(cls instanceof PyType t) || !t.isSubtypeOf(ref)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "weakref.__new__(X): X is not a subtype of weakref");
            }
            return newRef(rt, t, a);
        });
        // weakref___init__: the arguments were checked by __new__; nothing to do
        methods.define(ref, "__init__", (rt, self, a, kw) -> null);
        methods.define(ref, "__call__", (rt, self, a, kw) -> {
            PyObject r = ((WeakRefObject) self).referent();
            r = r == null ? rt.heap.none() : r;
            rt.heap.incref(r);
            return r;
        });
        methods.define(ref, "__eq__", (rt, self, a, kw) -> compare(rt, self, a[0], CompareOp.EQ));
        methods.define(ref, "__ne__", (rt, self, a, kw) -> compare(rt, self, a[0], CompareOp.NE));
        methods.define(ref, "__hash__", (rt, self, a, kw) -> rt.vm.builtinMethods.newInt(hash(rt, (WeakRefObject) self)));
    }

    /**
     * weakref___new__: ref(obj[, callback]) or a subclass's ref.__new__(cls, obj, callback).
     * Only an exact ref without callback is shared (the basic ref); a subclass instance gets
     * its slot storage for what its class declares (KeyedRef.key).
     */
    static PyObject newRef(PyRuntime rt, PyType cls, PyObject[] a) {
        if (a.length == 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "__new__ expected at least 1 argument, got 0");
        }
        if (a.length > 2) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "__new__ expected at most 2 arguments, got " + a.length);
        }
        try {
            WeakRefObject r = WeakRefs.newRef(rt.heap, a[0], a.length > 1 && a[1] != rt.heap.none() ? a[1] : null, cls);
            if (cls instanceof ClassObject) {
                rt.heap.attachInstanceState(r);
            }
            return r;
        } catch (NotWeakReferenceable e) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, e.getMessage());
        }
    }

    /**
     * weakref_richcompare for == and !=: two live refs compare their referents; otherwise
     * identity. NotImplemented when other is not a weakref.
     */
    static PyObject compare(PyRuntime rt, PyObject self, PyObject other, CompareOp op) {
        if (!(self instanceof WeakRefObject a) || a.isProxy() || !(other instanceof WeakRefObject b) || b.isProxy()) {
            PyObject ni = rt.vm.builtinMethods.notImplemented();
            rt.heap.incref(ni);
            return ni;
        }
        if (a.referent() == null || b.referent() == null) {
            boolean same = a == b;
            return rt.heap.bool(op == CompareOp.EQ ? same : !same);
        }
        return Arith.compare(rt, op, a.referent(), b.referent());
    }

    /** weakref_hash: the referent's hash, cached; a dead ref never hashed cannot be hashed. */
    static long hash(PyRuntime rt, WeakRefObject w) {
        if (w.isHashed()) {
            return w.cachedHash();
        }
        if (w.referent() == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "weak object has gone away");
        }
        long h = rt.heap.keyOps().hash(w.referent());
        w.cacheHash(h);
        return h;
    }

    /**
     * _remove_dead_weakref(d, key): {@code del d[key]} only if d[key] is a weak reference
     * whose referent is gone; a missing key is not an error (_PyDict_DelItemIf).
     */
    private static void removeDeadWeakref(PyRuntime rt, PyObject[] a) {
        BuiltinMethods.arity(rt, "_remove_dead_weakref", a, 2, 2);
        if (!(a[0] instanceof DictObject d)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "_remove_dead_weakref() argument 1 must be dict, not " + Ops.typeName(a[0]));
        }
        PyObject v = rt.heap.getItem(d, a[1]);
        if (v == null) {
            return;
        }
        if (!(v instanceof WeakRefObject w)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "not a weakref");
        }
        if (w.referent() == null) {
            rt.heap.delItem(d, a[1]);
        }
    }
}
