# reversed(), filter() and map() hold their source until exhausted or dropped.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del item", self.n)


items = [Item(1), Item(2), Item(3)]
r = reversed(items)
items = None
print("after items = None")
print([i.n for i in r])
print("reversed exhausted")
r = None
print("r dropped")

data = [Item(10), Item(11), Item(12), Item(13)]
evens = filter(lambda it: it.n % 2 == 0, data)
data = None
print("filter made")
print(next(evens).n)
evens = None
print("filter dropped")

nums = map(lambda it: it.n * 2, [Item(20), Item(21)])
print(list(nums))
print("end")
