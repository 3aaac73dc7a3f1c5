# An uncaught RecursionError: runs of identical lines are cut after three
# ("[Previous line repeated N more times]"), a mutual recursion alternates.
def ping(n):
    return pong(n + 1)


def pong(n):
    if n > 40:
        return down(n)
    return ping(n)


def down(n):
    return down(n - 1) + 1


print("start")
ping(0)
