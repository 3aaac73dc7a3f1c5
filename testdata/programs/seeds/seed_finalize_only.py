# Seed variant: only the finalize part of the notebook, with alive printed after each step
# and the finalizer's second call returning None.
import weakref
s1 = {1, 2, 3}
s2 = s1

def bye():
    print('Gone with the wind...')
    return 'bye done'

ender = weakref.finalize(s1, bye)
print(ender.alive)
del s1
print(ender.alive)
s2 = 'spam'
print(ender.alive)
print(ender())
print(ender.peek(), ender.detach())
