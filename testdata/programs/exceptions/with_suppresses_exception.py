# __exit__ returning True suppresses the exception; execution continues after the block.
# 3.8 frees the manager before the exception (and the raising frame's locals); 3.9+ the other way.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Suppress:
    def __enter__(self): return self
    def __exit__(self, typ, val, tb):
        print("exit sees", typ.__name__ if typ else None, val)
        return typ is not None and issubclass(typ, KeyError)
    def __del__(self): print("del Suppress")
def fail():
    loc = D("fail-local")
    raise KeyError("k")
with Suppress():
    fail()
print("continued after suppression")
try:
    with Suppress():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
print("end")
