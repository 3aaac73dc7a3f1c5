# Nested with statements exit innermost first, even when an exception passes through;
# each manager dies right after its __exit__.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.n, typ.__name__ if typ else None)
    def __del__(self): print("del", self.n)
try:
    with CM("outer"):
        with CM("inner1"), CM("inner2"):
            raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
print("end")
