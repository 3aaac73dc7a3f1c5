# 3.8 bound methods and built-in methods (PyCFunction): fill of their free lists. Each is
# kept in a chain of 2-tuples, whose free list is emptied first (100 kept 2-tuples).
import gc
gc.disable()
c = gc.get_count
l = []
d = None
for i in range(100): d = (d, 0)
x = None
a = c()[0]
for i in range(300): x = (l.append, x)
b = c()[0]
print('builtin method fill at start', 600 - (b - a))
class O:
    def f(self): pass
o = O()
for i in range(100): d = (d, 0)
y = None
a = c()[0]
for i in range(300): y = (o.f, y)
b = c()[0]
print('bound method fill after a class statement', 600 - (b - a))
