# Each recursion level has its own locals; they die innermost first as the calls return.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def down(k):
    here = D("level%d" % k)
    if k == 0:
        return 0
    result = down(k - 1) + 1
    print("returning from", k)
    return result
print("depth", down(3))
