# del of a slice releases the removed items last->first; step slices too.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [D(i) for i in range(8)]
del lst[1:4]
print("after del [1:4]:", [x.n for x in lst])
del lst[::2]
print("after del [::2]:", [x.n for x in lst])
del lst[:]
print("after del [:]", lst)
