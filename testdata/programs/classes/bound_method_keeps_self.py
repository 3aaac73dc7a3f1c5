# A bound method holds self: deleting the name does not free the instance until the
# method object goes. Every attribute access makes a new method object.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def hello(self): return "hello from " + self.n
obj = D("obj")
m = obj.hello
del obj
print("name deleted")
print(m())
m = None
print("---")
o2 = D("o2")
print(o2.hello is o2.hello, o2.hello == o2.hello)
handlers = [o2.hello, o2.hello]
del o2
print("two methods keep it")
handlers.pop()
handlers.pop()
print("end")
