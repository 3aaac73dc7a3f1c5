# Iterating dict views; mutating a dict during iteration raises RuntimeError; views are live.
d = {"b": 2, "a": 1}
keys = d.keys()
d["c"] = 3
print(list(keys), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d), "a" in keys, ("a", 1) in d.items())
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
