# gc.callbacks are called with ("start", info) and ("stop", info); info carries generation,
# collected (3.8-3.10 count instance dicts) and uncollectable; a raising callback is ignored.
import gc

class C:
    def __del__(self):
        print("  __del__")

def watch(phase, info):
    print(phase, sorted(info.items()))

def bad(phase, info):
    if phase == "stop":
        raise RuntimeError("bad gc callback")

gc.collect()
gc.callbacks.append(watch)
c = C(); c.me = c
del c
print("returned:", gc.collect())
print("returned:", gc.collect(1))
gc.callbacks.append(bad)
print("returned:", gc.collect(0))
gc.callbacks.remove(bad)
gc.callbacks.remove(watch)
print("callbacks left:", len(gc.callbacks))
