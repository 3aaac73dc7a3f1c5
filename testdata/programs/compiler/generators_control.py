# Generators: try/finally inside, close on del, yield from delegation, return value, send.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    d = D("gen local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
del g
print("after del")
def inner():
    x = yield "i1"
    print("inner got", x)
    return D("result")
def outer():
    r = yield from inner()
    print("outer got", r.n)
    yield "o1"
o = outer()
print(next(o))
print(o.send("sent"))
print(list(o))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        print("while else")
for v in counter(2):
    print("v", v)
else:
    print("for else")
print(sum(x * x for x in range(4)))
print("end")
