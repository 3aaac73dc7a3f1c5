# What holds references: tuple items, dict key and value separately, set elements, closure
# cells, default argument values, iterators (their container) and finalize's args.
import sys, weakref

class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self is other

k = K()
base = sys.getrefcount(k)
print("base:", base)
t = (k, k)
print("tuple x2:", sys.getrefcount(k) - base)
d = {k: k}
print("dict key+value:", sys.getrefcount(k) - base)
s = {k}
print("set element:", sys.getrefcount(k) - base)
def outer():
    def inner():
        return k2
    k2 = k
    return inner
fn = outer()
print("closure cell:", sys.getrefcount(k) - base)
def with_default(x=k):
    return x
print("default argument:", sys.getrefcount(k) - base)
lst = [1, 2]
before = sys.getrefcount(lst)
it = iter(lst)
print("list iterator holds list:", sys.getrefcount(lst) - before)
next(it); next(it)
print("exhausted (not yet raised):", sys.getrefcount(lst) - before)
next(it, None)
print("after StopIteration:", sys.getrefcount(lst) - before)
class Owner:
    pass
def report(obj):
    print("finalizer got a K:", isinstance(obj, K))
o = Owner()
weakref.finalize(o, report, k)
print("finalize args:", sys.getrefcount(k) - base)
print("weakref adds nothing:", sys.getrefcount(o), weakref.getweakrefcount(o))
