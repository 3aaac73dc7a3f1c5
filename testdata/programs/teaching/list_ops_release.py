class Item:
    def __init__(self, n): self.n = n
    def __del__(self): print("free", self.n)
    def __repr__(self): return "Item(%d)" % self.n
items = [Item(i) for i in range(5)]
print(items)
items.pop()
print("popped last")
items.remove(items[0])
print("removed first")
del items[1]
print("deleted index 1")
items[0] = Item(10)
print("replaced")
items.insert(0, Item(20))
print(items)
items.clear()
print("cleared")
more = [Item(30), Item(31)]
more.reverse()
more = more * 1
print(more)
more = []
print("end")
