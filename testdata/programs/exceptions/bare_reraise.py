# A bare `raise` re-raises the handled exception; the original traceback is kept, so the
# raising function's locals stay alive until the outer handler ends.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def thrower():
    t = D("thrower-local")
    raise IndexError("original")
def rethrower():
    r = D("rethrower-local")
    try:
        thrower()
    except IndexError:
        print("rethrowing")
        raise
try:
    rethrower()
except IndexError as e:
    print("outer caught", e)
print("end")
