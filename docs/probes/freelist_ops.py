# Which operations take their result from a free list: with every free list filled, each
# operation runs 10 times (results kept); the gen0 count moves by the allocations that did not.
import gc
gc.disable()
c = gc.get_count
x = 1
t = (1, 2, 3)
l = [1, 2, 3]
d = {'a': 1, 'b': 2}
s = 'a b c'
class L(list): pass
class D(dict): pass
class T(tuple): pass
class O: pass
def obj():
    o = O()
    o.a = 1
    return o
def kw(**k): return k
def star(*a): return a
def pair(): return x, x
keep = [None] * 200
keep2 = [None] * 200
for f in (obj, kw, star, pair): f(); f(); f()
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = []
r = c()[0] - a
for i in range(10): keep[i] = None
print('list display []', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = [x]
r = c()[0] - a
for i in range(10): keep[i] = None
print('list display [x]', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = list()
r = c()[0] - a
for i in range(10): keep[i] = None
print('list()', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = list(t)
r = c()[0] - a
for i in range(10): keep[i] = None
print('list(t)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = list(y for y in t)
r = c()[0] - a
for i in range(10): keep[i] = None
print('list(gen)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = l[:]
r = c()[0] - a
for i in range(10): keep[i] = None
print('l[:]', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = l.copy()
r = c()[0] - a
for i in range(10): keep[i] = None
print('l.copy()', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = l * 2
r = c()[0] - a
for i in range(10): keep[i] = None
print('l * 2', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = l + l
r = c()[0] - a
for i in range(10): keep[i] = None
print('l + l', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = sorted(l)
r = c()[0] - a
for i in range(10): keep[i] = None
print('sorted(l)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = [y for y in l]
r = c()[0] - a
for i in range(10): keep[i] = None
print('list comprehension', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = s.split()
r = c()[0] - a
for i in range(10): keep[i] = None
print('s.split()', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = list(d)
r = c()[0] - a
for i in range(10): keep[i] = None
print('list(d)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = {}
r = c()[0] - a
for i in range(10): keep[i] = None
print('dict display {}', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = {'a': x}
r = c()[0] - a
for i in range(10): keep[i] = None
print("dict display {'a': x}", r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = dict()
r = c()[0] - a
for i in range(10): keep[i] = None
print('dict()', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = dict(a=x)
r = c()[0] - a
for i in range(10): keep[i] = None
print('dict(a=x)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = dict(d)
r = c()[0] - a
for i in range(10): keep[i] = None
print('dict(d)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = d.copy()
r = c()[0] - a
for i in range(10): keep[i] = None
print('d.copy()', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = {**d}
r = c()[0] - a
for i in range(10): keep[i] = None
print('{**d}', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = {y: y for y in t}
r = c()[0] - a
for i in range(10): keep[i] = None
print('dict comprehension', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = kw(**d)
r = c()[0] - a
for i in range(10): keep[i] = None
print('kwargs dict f(**d)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = (x,)
r = c()[0] - a
for i in range(10): keep[i] = None
print('tuple (x,)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = (x, x)
r = c()[0] - a
for i in range(10): keep[i] = None
print('tuple (x, x)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = tuple(l)
r = c()[0] - a
for i in range(10): keep[i] = None
print('tuple(l)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = tuple(y for y in l)
r = c()[0] - a
for i in range(10): keep[i] = None
print('tuple(gen)', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = t + t
r = c()[0] - a
for i in range(10): keep[i] = None
print('t + t', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = t[:2]
r = c()[0] - a
for i in range(10): keep[i] = None
print('t[:2]', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = divmod(x, 3)
r = c()[0] - a
for i in range(10): keep[i] = None
print('divmod', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = star(x, x)
r = c()[0] - a
for i in range(10): keep[i] = None
print('*args tuple', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = pair()
r = c()[0] - a
for i in range(10): keep[i] = None
print('return a, b', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = L()
r = c()[0] - a
for i in range(10): keep[i] = None
print('subclass L()', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = D()
r = c()[0] - a
for i in range(10): keep[i] = None
print('subclass D()', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = T((x,))
r = c()[0] - a
for i in range(10): keep[i] = None
print('subclass T((x,))', r)
for i in range(200): keep2[i] = []
for i in range(200): keep2[i] = {}
for i in range(200): keep2[i] = (x,)
for i in range(200): keep2[i] = (x, x)
for i in range(200): keep2[i] = None
a = c()[0]
for i in range(10): keep[i] = obj()
r = c()[0] - a
for i in range(10): keep[i] = None
print('instance with attr', r)
# subclass instances do not go back to the free list: drain it, free 10 L(), allocate 10 []
for i in range(200): keep2[i] = []
for i in range(10): keep[i] = L()
a = c()[0]
for i in range(10): keep[i] = None
b = c()[0]
for i in range(10): keep[i] = []
print('freeing 10 L() moved', b - a, '; then 10 [] counted', c()[0] - b)
for i in range(200): keep2[i] = {}
for i in range(10): keep[i] = D()
a = c()[0]
for i in range(10): keep[i] = None
b = c()[0]
for i in range(10): keep[i] = {}
print('freeing 10 D() moved', b - a, '; then 10 {} counted', c()[0] - b)
