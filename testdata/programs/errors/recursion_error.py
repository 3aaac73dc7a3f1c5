# Unbounded recursion at the default limit: RecursionError "maximum recursion depth exceeded"
# on every version, caught once, then uncaught ("[Previous line repeated 996 more times]").
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
down(0)
