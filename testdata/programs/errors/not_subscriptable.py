# TypeError: object is not subscriptable / does not support item assignment or deletion.
# Literal subscripts also draw compile-time SyntaxWarnings ("perhaps you missed a comma?").
class P: pass
for c in (lambda: (5)[0], lambda: None[1], lambda: P()["k"]):
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
print(len)[0]
