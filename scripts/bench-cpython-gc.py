#!/usr/bin/env python3
"""CPython's side of `heapsim bench`: the same two collector scenarios, timed inside the
collector with gc.callbacks (as ../shared/bench/README.md does), so the figures can be compared
side by side in one run:

    python3.11 scripts/bench-cpython-gc.py && JAVA_TOOL_OPTIONS=-Xmx8g ./heapsim bench

Prints nanoseconds per object: a full collection over 1M live objects (500,000 instances each
holding a list; median of 5) and a collection freeing 4M objects in 2-cycles (median of 3).
"""
import gc
import time


class C:
    pass


t = {}


def cb(phase, info):
    if phase == "start":
        t["s"] = time.perf_counter()
    else:
        t["d"] = time.perf_counter() - t["s"]


gc.callbacks.append(cb)
gc.disable()

holder = []
for i in range(500000):
    o = C()
    o.items = []
    holder.append(o)
gc.collect()
times = []
for _ in range(5):
    gc.collect()
    times.append(t["d"])
times.sort()
print("full collection over 1M live objects: %.1f ns/object" % (times[2] / 1e6 * 1e9))
del holder, o
gc.collect()

per_object = []
for _ in range(3):
    for i in range(2000000):
        a = C()
        b = C()
        a.p = b
        b.p = a
    del a, b
    n = gc.collect()
    per_object.append(t["d"] / n * 1e9)
per_object.sort()
print("collection freeing 4M objects in 2-cycles: %.1f ns/object" % per_object[1])
