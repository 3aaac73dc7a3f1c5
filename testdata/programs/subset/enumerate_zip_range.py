class Row:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del row", self.n)


rows = [Row(1), Row(2), Row(3)]
for i, row in enumerate(rows, start=1):
    print(i, row.n)
print("loop done; row is", row.n)
for a, b in zip(rows, range(10, 100, 10)):
    print(a.n, b)
rows = None
print("after rows = None")
row = None
a = None
print("end", list(range(5, 0, -2)), len(range(0, 10, 3)), range(3)[1])
