import weakref
class Widget:
    def __init__(self, name): self.name = name
    def __del__(self): print("widget", self.name, "destroyed")
meta = weakref.WeakKeyDictionary()
w1, w2 = Widget("ok"), Widget("cancel")
meta[w1] = {"clicks": 0}
meta[w2] = {"clicks": 5}
meta[w1]["clicks"] += 1
print(len(meta), meta[w1], w2 in meta)
del w2
print("after del w2:", len(meta))
for w, info in meta.items():
    print(w.name, info)
ws = weakref.WeakSet([w1])
print(len(ws), w1 in ws)
del w1
print(len(meta), len(ws))
