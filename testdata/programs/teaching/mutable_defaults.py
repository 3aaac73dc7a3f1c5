def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1))
print(append_to(2))
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
orig = [1, [2, 3]]
shallow = orig[:]
shallow[1].append(4)
shallow[0] = 100
print(orig, shallow)
copy2 = list(orig)
print(copy2 is orig, copy2 == orig)
