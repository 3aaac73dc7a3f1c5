# Suspended generators stored in a list are closed when the list dies: last item first.
def gen(tag):
    try:
        yield tag
    finally:
        print("closing", tag)
gens = [gen("g0"), gen("g1"), gen("g2")]
for g in gens:
    print(next(g))
del g
gens.pop(0)
print("popped first")
gens = None
print("end")
