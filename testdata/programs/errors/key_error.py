# KeyError shows the repr of the key; dict.pop and set.remove raise it too.
d = {"a": 1}
for c in (lambda: d["b"], lambda: d[("t", 1)], lambda: d.pop("z"), lambda: set().remove(3),
          lambda: {}.popitem()):
    try:
        c()
    except KeyError as e:
        print("KeyError:", e, repr(e))
print(d[0])
