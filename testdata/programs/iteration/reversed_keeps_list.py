# reversed(list) iterator: 3.8-3.12 drop the list when exhausted (inside the loop);
# 3.13 keeps it until the iterator itself dies (after the loop).
class L(list):
    def __del__(self): print("list freed")
r = reversed(L([1, 2, 3]))
for v in r:
    print(v)
print("loop done, iterator still bound")
del r
print("---")
it = iter(L([4, 5]))
print(list(it))
print("forward iterator exhausted")
del it
print("end")
