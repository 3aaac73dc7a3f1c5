# enumerate and zip hold their underlying iterators; zip stops at the shortest input.
class L(list):
    def __init__(self, tag, items):
        super().__init__(items)
        self.tag = tag
    def __del__(self): print("freed", self.tag)
for i, x in enumerate(L("enum-list", "ab"), start=1):
    print(i, x)
print("---")
for a, b in zip(L("zip-long", [1, 2, 3]), L("zip-short", [10, 20])):
    print(a, b)
print("after zip loop")
print(list(enumerate("xyz")), list(zip("ab", range(5), [True, False, None])))
