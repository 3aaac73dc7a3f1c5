# Comprehension variables do not leak; locals() inside a comprehension: 3.8-3.11 see the
# comprehension's own frame ('.0' and the variable), 3.12+ (inlined) the enclosing locals too.
def f():
    y = 1
    z = [sorted(locals()) for k in range(1)]
    return z[0]
print(f())
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
print({k: k * k for k in range(3)}, sorted({c for c in "aab"}))
print([(i, j) for i in range(3) if i for j in range(i)])
