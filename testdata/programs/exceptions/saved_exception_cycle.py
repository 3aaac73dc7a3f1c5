# Saving the exception in a local of the same function makes a cycle
# frame -> err -> exception -> traceback -> frame; the locals wait for gc.collect().
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class E(Exception):
    def __del__(self): print("del E")
def f():
    x = D("x")
    try:
        raise E(2)
    except E as e:
        err = e
    print("returning")
f()
print("f returned")
print("collected", gc.collect())
print("end")
