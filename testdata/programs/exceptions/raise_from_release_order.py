# An exception raised in a handler keeps the handled one in __context__; `raise ... from`
# sets __cause__. Release order: outer __del__, its traceback, cause, context.
class E(Exception):
    def __del__(self): print("del", self.args[0])
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def inner():
    loc = D("inner-local")
    raise E("A")
try:
    try:
        inner()
    except E:
        raise E("B")
except E as b:
    print("caught", b, "context", b.__context__)
print("after")
try:
    raise E("C") from E("cause")
except E as c:
    print("cause", c.__cause__, c.__suppress_context__)
print("end")
