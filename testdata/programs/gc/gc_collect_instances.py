# gc.collect() return value for instance cycles: instance dicts are counted in 3.8-3.10 only
# (pair: 4 vs 2; self-cycle: 2 vs 1; self-cycle with materialized __dict__: 2, 2 on 3.11/3.12, 1 on 3.13).
import gc

class A:
    pass

gc.collect()
a = A(); b = A(); a.p = b; b.p = a
del a, b
print("pair:", gc.collect())
c = A(); c.me = c
del c
print("self-cycle:", gc.collect())
e = A(); e.me = e
print(len(e.__dict__))
del e
print("materialized __dict__:", gc.collect())
print("nothing left:", gc.collect())
