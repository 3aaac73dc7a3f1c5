# A user iterator object used by a for loop: created by __iter__, dies when the loop ends,
# after its final __next__ raised StopIteration.
class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __next__(self):
        if self.i >= self.n:
            print("StopIteration")
            raise StopIteration
        self.i += 1
        return self.i
    def __del__(self): print("iterator freed")
class Box:
    def __iter__(self):
        print("__iter__")
        return It(2)
    def __del__(self): print("box freed")
for v in Box():
    print("got", v)
print("after loop")
