# print's keyword tuple: after a full collection and a refill of the free lists, the gen0 count
# after each print (3.11: the first print makes it; 3.8-3.10: the first print with keywords).
import gc
gc.disable()
c = gc.get_count
x = 0
gc.collect()
junk = [[x], [x], [x], [x], [x], [x], {x: x}, {x: x}, (x,), (x,), (x,), (x, x), (x, x), (x, x, x), (x, x, x)]
junk = [junk.append, junk.append, print, print]
junk = None
r = [c()[0]]
print("a")
r.append(c()[0])
print("b", end="\n")
r.append(c()[0])
print("c", end="\n")
r.append(c()[0])
t = [o for o in gc.get_objects() if type(o) is tuple and o == ('sep', 'end', 'file', 'flush')]
print(r, len(t))
