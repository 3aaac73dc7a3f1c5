# Tuples of 1 to 19 items are recycled through a free list per size (2000 each); bigger ones
# are not, except that 3.11 and 3.12 keep freed 20-tuples they never hand out again and 3.13
# reuses them. The count deltas show which allocations and deallocations moved gc.get_count().
import gc

gc.disable()
count = gc.get_count
x = 0


def twenty():
    return (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)


def nineteen():
    return (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)


def thirty():
    return (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)


for name, make in (("nineteen", nineteen), ("twenty", twenty), ("thirty", thirty)):
    make()
    b = count()[0]
    keep = [make(), make(), make(), make()]
    made = count()[0] - b
    b = count()[0]
    keep = None
    freed = count()[0] - b
    b = count()[0]
    keep = [make(), make(), make(), make()]
    again = count()[0] - b
    keep = None
    print(name, "made:", made, "freed:", freed, "made again:", again)
