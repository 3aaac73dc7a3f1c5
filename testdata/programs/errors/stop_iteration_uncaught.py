# next() on an exhausted iterator at top level: uncaught StopIteration, exit status 1.
it = iter([1])
print(next(it))
next(it)
