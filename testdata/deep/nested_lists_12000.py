# [N(i), inner] nested 12,000 deep, deleted at once: every version's trashcan shows in the order
# of the __del__ calls (3.8-3.12: a deferral every ~50 levels; 3.13: first at ~9,948 levels).
# simulator-core's DeepStructuresTest builds the same structure on the engine.
class N:
    def __init__(self, i): self.i = i
    def __del__(self): out.append(self.i)
out = []
l = []
for i in range(12000):
    l = [N(i), l]
del l
print(" ".join(map(str, out)))
