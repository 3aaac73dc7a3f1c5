# Shutdown order with an attribute child: 3.11 prints a, child, b (main dict scanned first);
# 3.8-3.10, 3.12 and 3.13 print a, b, child (breadth first from the main dict).
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

a = C("a")
a.child = C("child")
b = C("b")
print("end")
