# Focused probes for scripts/check-weakref-impl.py --probes: run under the harness wrapper with
# CPython's weakref and with heapsim's, and the two outputs are compared line by line.
# Each probe prints what an operation does to the heap: the change of gc's generation-0 count
# (gc-tracked allocations minus deallocations, with the collector disabled), the change of
# the number of gc-tracked objects, and what else it shows (referents, referrer counts,
# gc.collect() values, callback and __del__ order).
import gc
import sys
import weakref

gc.disable()
gc.collect()


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%s)" % self.n

    def meth(self):
        return self.n

    def __hash__(self):
        # set order of refs follows the referents' hashes: keep it address-independent
        return hash(self.n)


class D(C):
    def __del__(self):
        print("    __del__", self.n)


def tname(o):
    return type(o).__name__


def probe(label, fn):
    gc.collect()
    n0 = len(gc.get_objects())
    c0 = gc.get_count()[0]
    try:
        result = fn()
    except Exception as e:
        result = "raised %s: %s" % (type(e).__name__, e)
    c1 = gc.get_count()[0]
    n1 = len(gc.get_objects())
    print("%-40s count %+4d  objects %+4d  -> %s" % (label, c1 - c0, n1 - n0, result))


# ---- WeakValueDictionary ----
d = weakref.WeakValueDictionary()
print("WVD attrs", list(vars(d)), [tname(x) for x in vars(d).values()])
print("WVD _remove defaults", [tname(x) for x in d._remove.__defaults__], d._remove.__closure__)
print("WVD selfref is basic ref", d._remove.__defaults__[0] is weakref.ref(d))
print("WVD referents", sorted(tname(x) for x in gc.get_referents(d)))
print("WVD referrers", len(gc.get_referrers(d)), "weakrefs", weakref.getweakrefcount(d))
keep = [C(i) for i in range(6)]
probe("WVD()", lambda: tname(weakref.WeakValueDictionary()))
probe("WVD(dict)", lambda: len(weakref.WeakValueDictionary({1: keep[0]})))
probe("WVD(kw)", lambda: len(weakref.WeakValueDictionary(a=keep[0], b=keep[1])))
probe("WVD(list of pairs)", lambda: len(weakref.WeakValueDictionary([(1, keep[0])])))
probe("d[k] = v", lambda: d.__setitem__("a", keep[0]))
probe("d[k] = v (2)", lambda: d.__setitem__("b", keep[1]))
probe("d[k]", lambda: d["a"])
probe("d[missing]", lambda: d["zz"])
probe("len(d)", lambda: len(d))
probe("k in d", lambda: "a" in d)
probe("d.get", lambda: d.get("b"))
probe("d.get missing", lambda: d.get("zz", 5))
probe("list(d)", lambda: list(d))
probe("list(d.keys())", lambda: list(d.keys()))
probe("list(d.values())", lambda: list(d.values()))
probe("list(d.items())", lambda: list(d.items()))
probe("d.valuerefs()", lambda: len(d.valuerefs()))
probe("list(d.itervaluerefs())", lambda: len(list(d.itervaluerefs())))
probe("d.copy()", lambda: sorted(d.copy()))
probe("d.setdefault new", lambda: d.setdefault("c", keep[2]))
probe("d.setdefault old", lambda: d.setdefault("c", keep[3]))
probe("d.update", lambda: d.update({"e": keep[4]}, f=keep[5]))
probe("d.pop", lambda: d.pop("e"))
probe("d.pop missing default", lambda: d.pop("e", None))
probe("d.pop missing", lambda: d.pop("e"))
probe("d.popitem", lambda: d.popitem())
probe("del d[k]", lambda: d.__delitem__("c"))
probe("d == dict", lambda: d == {"a": keep[0], "b": keep[1]})
probe("d != dict", lambda: d != {"a": keep[0]})
probe("repr(d) startswith", lambda: repr(d).startswith("<WeakValueDictionary at 0x"))
if sys.version_info >= (3, 9):
    probe("d | dict", lambda: sorted(d | {"z": keep[5]}))
    probe("dict | d", lambda: sorted({"z": keep[5]} | d))
    probe("d |= dict", lambda: d.__ior__({"y": keep[4]}) is d)
    probe("WVD[str, int]", lambda: repr(weakref.WeakValueDictionary[str, int]))
probe("d.clear()", lambda: d.clear())
probe("len after clear", lambda: len(d))
probe("hash(d)", lambda: hash(d))
probe("reversed(d)", lambda: reversed(d))

# a value dies: callbacks newest first, T13
d2 = weakref.WeakValueDictionary()
v = D("v")
d2["k"] = v
w = weakref.ref(v, lambda r: print("    user cb: len", len(d2), "'k' in d2", "k" in d2, list(d2)))
print("getweakrefcount(v)", weakref.getweakrefcount(v), [tname(x) for x in weakref.getweakrefs(v)])
del v
print("after death", len(d2))
# deferred removal inside an iteration; RuntimeError trap
vals = [D(i) for i in range(4)]
d3 = weakref.WeakValueDictionary()
for i, x in enumerate(vals):
    d3[i] = x
del x
it = d3.keys()
print("first key", next(it), "iterating", len(d3._iterating))
vals[2] = None
print("pending", d3._pending_removals, "data", len(d3.data))
try:
    for k in it:
        print("    key", k, "len", len(d3))
except RuntimeError as e:
    print("RuntimeError:", e)
print("iterating", len(d3._iterating), "pending", d3._pending_removals, "len", len(d3))
# generator closed by dealloc while suspended
it = d3.items()
print("item", next(it))
vals[1] = None
print("pending", d3._pending_removals)
del it
print("after close: pending", d3._pending_removals, "len", len(d3))
# a cycle of values: gc.collect() counts the KeyedRefs freed by _remove
d4 = weakref.WeakValueDictionary()
a = D("cyc-a"); b = D("cyc-b"); a.p = b; b.p = a
d4["a"] = a; d4["b"] = b
del a, b
print("gc.collect()", gc.collect(), "len", len(d4))
# the dictionary dies before its values
d5 = weakref.WeakValueDictionary()
v = D("v5")
d5["k"] = v
probe("del WVD with live value", lambda: d5.clear() if False else None)
del d5
del v

# ---- WeakKeyDictionary ----
k = weakref.WeakKeyDictionary()
print("WKD attrs", list(vars(k)), [tname(x) for x in vars(k).values()])
print("WKD referents", sorted(tname(x) for x in gc.get_referents(k)))
probe("WKD()", lambda: tname(weakref.WeakKeyDictionary()))
probe("WKD(dict)", lambda: len(weakref.WeakKeyDictionary({keep[0]: 1})))
probe("k[o] = 1", lambda: k.__setitem__(keep[0], 1))
probe("k[o2] = 2", lambda: k.__setitem__(keep[1], 2))
probe("k[o]", lambda: k[keep[0]])
probe("k[missing]", lambda: k[keep[5]])
probe("len(k)", lambda: len(k))
probe("o in k", lambda: keep[0] in k)
probe("5 in k", lambda: 5 in k)
probe("k.get", lambda: k.get(keep[1]))
probe("list(k)", lambda: list(k))
probe("list(k.items())", lambda: list(k.items()))
probe("list(k.values())", lambda: list(k.values()))
probe("k.keyrefs()", lambda: len(k.keyrefs()))
probe("k.copy()", lambda: len(k.copy()))
probe("k.setdefault", lambda: k.setdefault(keep[2], 3))
probe("k.update", lambda: k.update({keep[3]: 4}, x=1) if False else k.update({keep[3]: 4}))
probe("k.update kw (fails)", lambda: k.update(x=1))
probe("k.pop", lambda: k.pop(keep[3]))
probe("k.popitem", lambda: k.popitem())
probe("del k[o]", lambda: k.__delitem__(keep[1]))
probe("k == dict", lambda: k == {keep[0]: 1})
probe("k.clear()", lambda: k.clear())
kk = [D("k%d" % i) for i in range(3)]
for i, x in enumerate(kk):
    k[x] = i
del x
it = iter(k)
print("first", next(it))
kk[1] = None
print("len while iterating", len(k), "pending", len(k._pending_removals))
del it
print("len after", len(k))
del k[kk[0]]
kk[2] = None
print("dirty", k._dirty_len, "len", len(k))

# ---- WeakSet ----
s = weakref.WeakSet()
print("WeakSet attrs", list(vars(s)), [tname(x) for x in vars(s).values()])
probe("WeakSet()", lambda: tname(weakref.WeakSet()))
probe("WeakSet(list)", lambda: len(weakref.WeakSet(keep[:3])))
probe("s.add", lambda: s.add(keep[0]))
probe("s.add 2", lambda: s.add(keep[1]))
probe("len(s)", lambda: len(s))
probe("o in s", lambda: keep[0] in s)
probe("5 in s", lambda: 5 in s)
probe("sorted(s)", lambda: sorted(s, key=lambda o: o.n))
probe("s.discard", lambda: s.discard(keep[1]))
probe("s.remove missing", lambda: s.remove(keep[1]))
probe("s.copy", lambda: len(s.copy()))
probe("s | list", lambda: len(s | keep[:2]))
probe("s - list", lambda: len(s - keep[:1]))
probe("s & list", lambda: len(s & keep[:2]))
probe("s == WeakSet", lambda: s == weakref.WeakSet([keep[0]]))
probe("s.issubset", lambda: s.issubset(keep))
probe("s.pop", lambda: s.pop())
probe("s.pop empty", lambda: s.pop())
probe("s.clear", lambda: s.clear())
if sys.version_info >= (3, 9):
    probe("WeakSet[int]", lambda: repr(weakref.WeakSet[int]))
ss = weakref.WeakSet()
sk = [D("s%d" % i) for i in range(3)]
for x in sk:
    ss.add(x)
del x
it = iter(ss)
next(it)
sk[0] = sk[1] = sk[2] = None
print("len while iterating", len(ss), "pending", len(ss._pending_removals))
del it
print("len after", len(ss))

# ---- WeakMethod ----
o = D("wm")
probe("WeakMethod(o.meth)", lambda: tname(weakref.WeakMethod(o.meth)))
wm = weakref.WeakMethod(o.meth, lambda r: print("    WeakMethod callback", tname(r)))
print("cb closure", [tname(c.cell_contents) for c in wm._func_ref.__callback__.__closure__])
print("wm() ", wm()(), wm == weakref.WeakMethod(o.meth), wm != weakref.WeakMethod(o.meth),
      hash(wm) == hash(weakref.WeakMethod(o.meth)), wm == 5, wm != 5)
probe("WeakMethod(len)", lambda: weakref.WeakMethod(len))
probe("WeakMethod(function)", lambda: weakref.WeakMethod(tname))
print("weakrefs of o", [tname(x) for x in weakref.getweakrefs(o)])
del o
print("wm after", wm(), wm._alive)

# ---- finalize ----
class F:
    def __del__(self):
        print("    __del__ F")

f_obj = F()
probe("finalize()", lambda: tname(weakref.finalize(f_obj, print, "    fin A")))
fin = weakref.finalize(f_obj, print, "    fin B", sep="-")
info = weakref.finalize._registry[fin]
print("info", [(n, tname(getattr(info, n))) for n in info.__slots__])
print("alive", fin.alive, "atexit", fin.atexit, "peek", fin.peek()[1:], repr(fin).split(";")[1][:12])
probe("fin.peek", lambda: fin.peek()[2])
probe("fin.alive", lambda: fin.alive)
fin.atexit = False
print("atexit", fin.atexit)
print("weakrefs of f_obj", [tname(x) for x in weakref.getweakrefs(f_obj)])
r_after = weakref.ref(f_obj, lambda r: print("    ref cb created after"))
del f_obj
print("registry", len(weakref.finalize._registry))
g_obj = F()
fin2 = weakref.finalize(g_obj, lambda *a, **k: (a, k), 1, 2, x=3)
probe("fin2()", lambda: fin2())
probe("fin2() again", lambda: fin2())
fin3 = weakref.finalize(g_obj, print, "never")
probe("fin3.detach", lambda: fin3.detach()[1:])
probe("fin3.detach again", lambda: fin3.detach())
probe("finalize(5, ...)", lambda: weakref.finalize(5, print))
probe("finalize(o)", lambda: weakref.finalize(g_obj))
print("repr dead", repr(fin3).endswith("; dead>"))
del g_obj


def boom():
    raise ValueError("boom at exit")


# errors reported on stderr by callbacks, and argument errors
def raiser(r):
    raise RuntimeError("callback fails")


o = C("cb")
wm_bad = weakref.WeakMethod(o.meth, raiser)
fin_bad = weakref.finalize(o, boom)
del o
print("after failing callbacks", wm_bad(), fin_bad.alive)
o = C("kw")
probe("WVD(other=o)", lambda: sorted(weakref.WeakValueDictionary(other=o)))
probe("WVD(1, 2)", lambda: weakref.WeakValueDictionary(1, 2))
probe("WKD(dict=...)", lambda: len(weakref.WeakKeyDictionary(dict={o: 1})))
probe("WeakSet(1)", lambda: weakref.WeakSet(1))
probe("finalize(obj=o, func=print)", lambda: tname(weakref.finalize(obj=o, func=print)))
probe("finalize(o, func=print)", lambda: tname(weakref.finalize(o, func=print)))
probe("finalize(o, print, func=1)", lambda: tname(weakref.finalize(o, print, func=1)))
probe("finalize()", lambda: weakref.finalize())
probe("KeyedRef", lambda: weakref.KeyedRef(o, None, "k").key)
probe("WeakMethod()", lambda: weakref.WeakMethod())


e_obj = F()
weakref.finalize(e_obj, boom)
weakref.finalize(e_obj, print, "exit fin 1")
weakref.finalize(e_obj, print, "exit fin 2")
never = weakref.finalize(e_obj, print, "atexit False")
never.atexit = False
print("end of probes", gc.collect())
gc.enable()
