# clear() releases last->first; pop() hands the item to the caller; remove() releases
# the removed element inside the call (comparisons via __eq__).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, o): return self.n == o.n
lst = [D(i) for i in range(6)]
x = lst.pop()
print("popped", x.n)
x = None
print("pop(0) ->", lst.pop(0).n)
lst.remove(D(3))
print("after remove", [o.n for o in lst])
lst.clear()
print("after clear")
