# gc.collect() counts: a recursive closure (function, cell, closure tuple: 3), an empty local
# class (6), a class with one method (7); a weakref callback on a global class fires in the collect.
import gc, weakref
gc.disable()

def make_closure():
    def f():
        return f
    return None

def make_class():
    class Local:
        pass
    return None

def make_class_with_method():
    class WithMethod:
        def m(self):
            return 1
    return None

gc.collect()
make_closure()
print("closure:", gc.collect())
make_class()
print("empty class:", gc.collect())
make_class_with_method()
print("class with method:", gc.collect())
class Temp:
    pass
r = weakref.ref(Temp, lambda r: print("class callback"))
del Temp
print("global class:", gc.collect())
