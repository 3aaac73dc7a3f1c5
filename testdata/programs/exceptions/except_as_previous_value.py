# A previous value of the `as` name is released when the exception is bound at handler entry.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class E(Exception):
    def __del__(self): print("del E", self.args[0])
e = D("old e")
try:
    raise E("new")
except E as e:
    print("in handler")
print("after handler:", "e" in globals())
