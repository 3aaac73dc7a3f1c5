# Independent cycles collected in one pass run __del__ in creation (list) order; the objects
# are cleared only after all __del__ ran, so each can still read the others.
import gc
gc.collect()

class N:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("__del__", self.name, "| first still has name:", first.name)

first = N("first")
nodes = [N(i) for i in range(4)]
nodes.reverse()
nodes.clear()
print("cleared")
print("collected:", gc.collect())
