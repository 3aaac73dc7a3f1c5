# lst[i] = v stores v then releases the old item; insert shifts; reverse keeps items.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [D("a"), D("b")]
lst[0] = D("c")
print("replaced")
lst.insert(1, D("i"))
lst.reverse()
print([o.n for o in lst])
lst[-1] = lst[0]
print("aliased", [o.n for o in lst])
lst.extend([D("e")])
print("extended", len(lst))
del lst
print("end")
