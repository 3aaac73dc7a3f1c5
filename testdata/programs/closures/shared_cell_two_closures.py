# Two inner functions share one cell: a nonlocal write through one is seen by the other,
# and the object lives until both functions are gone.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def pair():
    box = D("initial")
    def get():
        return box.n
    def put(n):
        nonlocal box
        box = D(n)
    return get, put
get, put = pair()
put("second")
print(get())
del put
print("put deleted", get())
del get
print("end")
