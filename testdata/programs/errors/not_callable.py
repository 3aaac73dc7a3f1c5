# TypeError: object is not callable, for ints, strings, None and instances.
# Literal calls also draw compile-time SyntaxWarnings ("perhaps you missed a comma?").
class P: pass
for c in (lambda: (1)(), lambda: "s"(), lambda: P()()):
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
f = None
f()
