# Seed variant: the set is never released during the program, so the finalizer runs at
# interpreter exit (after the last line of the script), exactly once.
import weakref
s1 = {1, 2, 3}
s2 = s1

def bye():
    print('Gone with the wind...')

ender = weakref.finalize(s1, bye)
print(ender.alive)
del s1
print(ender.alive, ender.atexit)
print('end of script')
