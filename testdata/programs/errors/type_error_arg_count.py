# TypeError messages for wrong argument counts of user functions, methods and builtins.
# Versions: method messages use the qualified name K.m() on 3.10+.
def f(a, b=1, *, c): pass
class K:
    def m(self, x): pass
cases = [lambda: f(), lambda: f(1, 2, 3, c=0), lambda: f(1, d=2, c=3), lambda: f(1, 2),
         lambda: K().m(), lambda: K().m(1, 2), lambda: len(), lambda: len([], []),
         lambda: f(1, a=2, c=3)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
K(1)
