# ValueError messages: list.index/remove, unpacking counts, int(), str.split empty separator.
for c in (lambda: [1, 2].index(5), lambda: [].remove(0), lambda: "abc".index("z"),
          lambda: "a b".split("")):
    try:
        c()
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(int("twelve"))
