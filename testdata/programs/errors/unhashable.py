# TypeError: unhashable type for lists, dicts and sets as dict keys or set members.
for c in (lambda: {[1]: 2}, lambda: {{}}, lambda: hash(set()), lambda: {1: 2}.get([0])):
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
s = set()
s.add([1, 2])
