# Each iteration rebinds the loop variable: over a generator of fresh objects the previous
# item dies at the rebinding; the last one survives the loop.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make(k):
    return (D(i) for i in range(k))
for x in make(3):
    print("body", x.n)
print("after loop", x.n)
del x
print("end")
