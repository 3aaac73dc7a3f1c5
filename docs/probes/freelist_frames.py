# 3.8-3.10 frames: one "zombie" frame kept per code object plus a free list; 3.11+ frames are
# not objects. depth[0] is the count read in the deepest call.
import gc
gc.disable()
c = gc.get_count
depth = [0]
def rec(n):
    if n == 0:
        depth[0] = c()[0]
        return
    rec(n - 1)
a = c()[0]
rec(300)
b = c()[0]
print('first rec(300): 301 frames counted', depth[0] - a, '; after return', b - a)
a = c()[0]
rec(300)
b = c()[0]
print('second rec(300) counted', depth[0] - a, '; after return', b - a)
def other(): return c()[0]
a = c()[0]
d = other()
b = c()[0]
print('first call of another function counted', d - a, '; after return', b - a)
gc.collect(0)
c(); c()
a = c()[0]
rec(100)
b = c()[0]
print('after gc.collect(0): rec(100) counted', depth[0] - a, '; after return', b - a)
gc.collect()
c(); c()
a = c()[0]
rec(100)
b = c()[0]
print('after gc.collect(): rec(100) counted', depth[0] - a, '; after return', b - a)
class O:
    def f(self): pass
o = O()
l = []
keep = [None] * 300
a = c()[0]
for i in range(300): keep[i] = o.f
b = c()[0]
for i in range(300): keep[i] = None
d = c()[0]
for i in range(300): keep[i] = o.f
print('300 bound methods counted', b - a, '; freed moved', d - b, '; 300 again counted', c()[0] - d)
for i in range(300): keep[i] = None
a = c()[0]
for i in range(300): keep[i] = l.append
b = c()[0]
for i in range(300): keep[i] = None
d = c()[0]
for i in range(300): keep[i] = l.append
print('300 builtin methods counted', b - a, '; freed moved', d - b, '; 300 again counted', c()[0] - d)
for i in range(300): keep[i] = None
gc.collect()
c(); c()
a = c()[0]
for i in range(10): keep[i] = o.f
for i in range(10, 20): keep[i] = l.append
print('after gc.collect(): 10 bound + 10 builtin methods counted', c()[0] - a)
