# A closure cell keeps its object alive after the defining function returned; the object
# dies when the last inner function goes.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make():
    captured = D("captured")
    not_captured = D("not captured")
    def get():
        return captured.n
    return get
g = make()
print("make returned")
print(g())
h = g
del g
print("one reference left")
h = None
print("end")
