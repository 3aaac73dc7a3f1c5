import sys
c0 = None
import gc
c = gc.get_count()
mods = sorted(m for m in ("weakref", "_weakrefset", "types", "gc", "_weakref", "atexit", "itertools", "collections", "abc", "_collections_abc") if m in sys.modules)
print("counts at line 3:", c)
print("preloaded:", mods)
def gen_of(o):
    for g in range(3):
        if any(x is o for x in gc.get_objects(generation=g)):
            return g
    return None
if "weakref" in sys.modules:
    w = sys.modules["weakref"]
    print("weakref module gen", gen_of(w), "dict gen", gen_of(w.__dict__), "WVD gen", gen_of(w.WeakValueDictionary), "finalize gen", gen_of(w.finalize))
    print("_weakrefset dict gen", gen_of(sys.modules["_weakrefset"].__dict__))
if "types" in sys.modules:
    print("types dict gen", gen_of(sys.modules["types"].__dict__))
print("main dict gen", gen_of(globals()))
