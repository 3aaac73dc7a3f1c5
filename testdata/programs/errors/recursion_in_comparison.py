# Where a runaway recursion fails decides the message on 3.8-3.10: a comparison in the deepest
# frame counts against the limit too ("... in comparison"); a plain call fails at the frame.
def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


def forever(n):
    return forever(n + 1)


print(count_down(300))
for f in (count_down, forever):
    try:
        f(10 ** 6)
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)
print("after")
count_down(10 ** 6)
