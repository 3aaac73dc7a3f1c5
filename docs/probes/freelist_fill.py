# Free-list fill at a script's first statements (after `import gc`), per kind (generated: one block per kind).
# Each kind: allocate N objects kept alive in a chain (x = [x]), nothing else allocated;
# the gen0 count moves by N - (what the free list held). Results kept in ints, printed at the end.
import gc
gc.disable()
N = 2100
c = gc.get_count
x = None
a = c()[0]
for i in range(N): x = [x]
r_list = N - (c()[0] - a)
y = None
a = c()[0]
for i in range(N): y = {'k': y}
r_dict = N - (c()[0] - a)
z = None
a = c()[0]
for i in range(N): z = (z,)
r_tuple1 = N - (c()[0] - a)
t1 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0)
r_tuple2 = N - (c()[0] - a)
t2 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0)
r_tuple3 = N - (c()[0] - a)
t3 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0)
r_tuple4 = N - (c()[0] - a)
t4 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0)
r_tuple5 = N - (c()[0] - a)
t5 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0)
r_tuple6 = N - (c()[0] - a)
t6 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0)
r_tuple7 = N - (c()[0] - a)
t7 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0)
r_tuple8 = N - (c()[0] - a)
t8 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple9 = N - (c()[0] - a)
t9 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple10 = N - (c()[0] - a)
t10 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple11 = N - (c()[0] - a)
t11 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple12 = N - (c()[0] - a)
t12 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple13 = N - (c()[0] - a)
t13 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple14 = N - (c()[0] - a)
t14 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple15 = N - (c()[0] - a)
t15 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple16 = N - (c()[0] - a)
t16 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple17 = N - (c()[0] - a)
t17 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple18 = N - (c()[0] - a)
t18 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple19 = N - (c()[0] - a)
t19 = z
z = None
a = c()[0]
for i in range(N): z = (z, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
r_tuple20 = N - (c()[0] - a)
t20 = z
print('list', r_list)
print('dict', r_dict)
print('tuple1', r_tuple1)
print('tuple2', r_tuple2)
print('tuple3', r_tuple3)
print('tuple4', r_tuple4)
print('tuple5', r_tuple5)
print('tuple6', r_tuple6)
print('tuple7', r_tuple7)
print('tuple8', r_tuple8)
print('tuple9', r_tuple9)
print('tuple10', r_tuple10)
print('tuple11', r_tuple11)
print('tuple12', r_tuple12)
print('tuple13', r_tuple13)
print('tuple14', r_tuple14)
print('tuple15', r_tuple15)
print('tuple16', r_tuple16)
print('tuple17', r_tuple17)
print('tuple18', r_tuple18)
print('tuple19', r_tuple19)
print('tuple20', r_tuple20)
