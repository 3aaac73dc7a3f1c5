# Capacity of the list, dict and tuple free lists, and what collections do to them.
# keep[] holds N objects; freeing them fills the free list up to its capacity (the others are
# really freed); allocating N again takes the free list first, so it counts N - capacity.
import gc
gc.disable()
c = gc.get_count
N = 2500
x = 1
keep = [None] * N
def free_all():
    for i in range(N): keep[i] = None
for i in range(N): keep[i] = []
free_all()
b = c()[0]
for i in range(N): keep[i] = []
print('list: reallocating', N, 'counted', c()[0] - b)
free_all()
for i in range(N): keep[i] = {}
free_all()
b = c()[0]
for i in range(N): keep[i] = {}
print('dict: reallocating', N, 'counted', c()[0] - b)
free_all()
for i in range(N): keep[i] = (x,)
free_all()
b = c()[0]
for i in range(N): keep[i] = (x,)
print('tuple1: reallocating', N, 'counted', c()[0] - b)
free_all()
for i in range(N): keep[i] = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
free_all()
b = c()[0]
for i in range(N): keep[i] = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print('tuple19: reallocating', N, 'counted', c()[0] - b)
free_all()
a = c()[0]
for i in range(N): keep[i] = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
b = c()[0]
free_all()
d = c()[0]
for i in range(N): keep[i] = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print('tuple20: allocating', N, 'counted', b - a, '; freeing them moved', d - b, '; reallocating counted', c()[0] - d)
free_all()
# collections: fill the free lists, gc.collect(g), then count allocations (c() is called
# twice first: a full collection also empties the 3-tuple free list gc.get_count uses)
for g in (0, 1, 2):
    for i in range(N): keep[i] = []
    free_all()
    for i in range(N): keep[i] = {}
    free_all()
    for i in range(N): keep[i] = (x,)
    free_all()
    gc.collect(g)
    c(); c()
    a = c()[0]
    for i in range(100): keep[i] = []
    b = c()[0]
    for i in range(100, 200): keep[i] = {}
    d = c()[0]
    for i in range(200, 2300): keep[i] = (x,)
    e = c()[0]
    free_all()
    print('after gc.collect(%d): 100 lists counted %d, 100 dicts %d, 2100 1-tuples %d' % (g, b - a, d - b, e - d))
