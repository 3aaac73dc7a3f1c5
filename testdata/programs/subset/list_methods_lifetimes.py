# list methods and slices: the exact moment each element dies.
class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "E%d" % self.n

    def __del__(self):
        print("del E%d" % self.n)


xs = [E(i) for i in range(6)]
xs.pop()
print("after pop()")
xs.pop(0)
print("after pop(0)")
xs.remove(xs[1])
print("after remove")
xs.insert(0, E(10))
xs.extend([E(11), E(12)])
print(xs)
del xs[1:3]
print("after del slice")
xs[0:2] = [E(20)]
print("after slice assignment")
xs.reverse()
print(xs)
xs.sort(key=lambda e: e.n)
print(xs, xs.index(xs[1]), len(xs))
xs.clear()
print("after clear")
