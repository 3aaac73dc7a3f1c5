# The slice cache: one slice. slice(...) passes its arguments in a 1-tuple (tuple free list),
# so 1-tuples are freed first to keep that free list non-empty; c() is called twice after a
# collection because a full one also empties the 3-tuple free list gc.get_count uses.
import gc
gc.disable()
c = gc.get_count
x = 1
t1 = (x,); t2 = (x,); t3 = (x,); del t1, t2, t3
l = [1, 2, 3]
a = c()[0]
s = l[1:2]           # BUILD_SLICE / BINARY_SLICE + list_subscript
b = c()[0]
print('first l[1:2] (slice and list): counted', b - a)
a = c()[0]
s1 = slice(x); s2 = slice(x); s3 = slice(x)
b = c()[0]
del s1, s2, s3
d = c()[0]
print('3 slices counted', b - a, '; freeing them moved', d - b)
print('slice tracked', gc.is_tracked(slice(x)))
for g in (0, 2):
    s1 = slice(x); del s1
    gc.collect(g)
    t1 = (x,); t2 = (x,); t3 = (x,); del t1, t2, t3
    c(); c()
    a = c()[0]
    s1 = slice(x)
    b = c()[0]
    del s1
    print('after gc.collect(%d): a slice counted %d' % (g, b - a))
