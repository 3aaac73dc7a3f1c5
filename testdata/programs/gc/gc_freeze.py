# gc.freeze moves tracked objects to the permanent generation, which collections ignore, until
# gc.unfreeze; get_freeze_count() at startup is 375 on 3.12.1, 0 elsewhere.
import gc

class C:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("__del__", self.n)

print("at startup:", gc.get_freeze_count())
gc.disable()
a = C("a")
del a
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("collect while frozen:", gc.collect())
b = C("b")
del b
print("collect sees only new garbage:", gc.collect())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect() >= 1)
