import gc
class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None
    def __del__(self):
        print("goodbye", self.name)
gc.disable()
a = Person("Ann")
b = Person("Bob")
a.friend = b
b.friend = a
del a, b
print("after del, nothing freed yet")
n = gc.collect()
print("collected", n)
c = Person("Cid")
c.friend = c
c = None
print("self loop pending")
print("collected", gc.collect())
gc.enable()
print("end")
