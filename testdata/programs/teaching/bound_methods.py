import sys
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
    def __del__(self):
        print("Greeter", self.name, "gone")
g = Greeter("Ann")
m = g.greet
print(m("Bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(sys.getrefcount(g) - 1)
del g
print("g deleted, method still holds it")
print(m("Cy"))
del m
print("method deleted")
calls = [Greeter("x").greet for _ in range(2)]
print(len(calls))
calls = None
print("end")
