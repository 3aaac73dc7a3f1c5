# An exception raised in a callee and caught by the caller: the traceback keeps the callee's
# frame (and locals) alive until the handler finishes.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def inner():
    loc = D("inner-local")
    raise ValueError("from inner")
def middle():
    mid = D("middle-local")
    inner()
try:
    middle()
except ValueError as e:
    print("handler:", e)
print("after handler")
try:
    middle()
except ValueError:
    print("handler without as")
print("end")
