# Cycles through built-in subclasses (same counts everywhere): list subclass with an int attribute
# (1: its dict is untracked), Exception subclass with args (3) and without (2), dict subclass (1).
import gc

class L(list):
    def __del__(self):
        print("__del__ L")

class E(Exception):
    def __del__(self):
        print("__del__ E")

class Dd(dict):
    def __del__(self):
        print("__del__ Dd")

gc.collect()
l = L(); l.append(l); l.attr = 1
del l
print("list subclass:", gc.collect())
e = E("x"); e.me = e
del e
print("exception subclass with args:", gc.collect())
e = E(); e.me = e
del e
print("exception subclass, no args:", gc.collect())
d = Dd(); d["self"] = d
del d
print("dict subclass:", gc.collect())
