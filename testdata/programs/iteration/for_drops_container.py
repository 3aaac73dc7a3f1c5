# T07: an exhausted iterator drops its container inside the loop's last next(), before the
# statement after the loop; the loop variable keeps the last item. Same on all versions.
class L(list):
    def __del__(self): print("list freed")
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
for item in L([D(1), D(2)]):
    print("body", item.n)
print("loop over; item is", item.n)
