class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __contains__(self, x):
        print("contains?", x)
        return x in self.items

    def __iter__(self):
        print("iter")
        return iter(self.items)

    def __del__(self):
        print("del bag", len(self.items))


b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], 2 in b, 9 in b, bool(b))
b[1] = 20
print(list(b), sorted(b, reverse=True), tuple(b))
for x in b:
    print("item", x)
print(Bag()[0] if False else "empty", bool(Bag()))
b = None
print("end")
