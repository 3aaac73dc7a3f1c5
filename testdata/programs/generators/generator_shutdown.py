# A suspended generator still referenced from a global is closed at interpreter exit;
# its finally block still prints.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    x = D("gen-local")
    try:
        yield 1
    finally:
        print("finally at exit")
g = gen()
next(g)
keep = D("global")
print("end of script")
