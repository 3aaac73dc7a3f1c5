# WeakMethod only accepts bound methods: the TypeError names the argument's class; equality
# of live WeakMethods compares object and function.
import weakref

class C:
    def m(self):
        pass

def plain():
    pass

for arg in (len, plain, C.m, C()):
    try:
        weakref.WeakMethod(arg)
    except TypeError as e:
        print("TypeError:", e)
c = C()
w1 = weakref.WeakMethod(c.m)
w2 = weakref.WeakMethod(c.m)
print(w1 is w2, w1 == w2, w1 != w2, w1 == weakref.WeakMethod(C().m))
del c
print(w1 == w2, w1 == w1, w1(), w2())
