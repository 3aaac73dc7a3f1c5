# range objects and slicing of lists, tuples and strings, including negative steps.
r = range(2, 20, 3)
print(list(r), r[2], r[-1], len(r), 11 in r, 12 in r, r.index(8), r[1:3], list(r[::-2]))
print(list(range(5, 0, -2)), list(range(0)), range(3) == range(0, 3), repr(range(1, 4)))
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[::3], lst[::-3], lst[8:2:-2], lst[5:2])
t = tuple("abcdef")
print(t[1:4], t[::-1], "abcdef"[-2:], "abcdef"[:-2], lst[100:], lst[-100:2])
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
