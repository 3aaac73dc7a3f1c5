# Seed: notebook 003_*.txt, code cells in order; displayed expression values become print(...).
# finalize on a set (fires when the last name is rebound), then the WeakValueDictionary cheese demo.
"""
Objects are never explicitly destroyed, however when they become
unreachable they may be garbage collected.

The del statement deletes names, not objects. It may result in the
object being garbage collected by only if the var held the last
reference to it, or if the object becomes unreachable.

In CPython the primary algorithm for garabage collection is reference
counting. Each objects holds a count of how many references point to
it as soon as refcount reaches zero. CPython calls the __del__
method on the object.

There also is mechanism to identify group of objects involved in
reference cycle, that might be unreachable. Other implementations
will use different garbage collection mechanisms."""

import weakref
s1 = {1, 2, 3}
s2 = s1

def bye():
    print('Gone with the wind...')

# We register a callback on the object referred by s1 
ender = weakref.finalize(s1, bye)

print(ender.alive)

del s1

print(ender.alive)   # the del just deleted the reference not object

s2 = 'spam'   # Boom refcount goes to 0 and callback is triggered

# The finalize holds a weak reference to s1 hence it was destroyed

"""
Sometimes it is useful to have a reference to an object that does
not keep it around.
Weak references
to an object do not increase its reference count. The object that is
the target of a reference is called the referent. Therefore, we say that 
a weak reference does not prevent the referent from being garbage
collected.

Think of cache, you do not want for the object to be kept alive just
because it is referenced by cache.
"""

"""When using weakref we should look at:
WeakKeyDictionary, WeakValueDictionary, WeakSet and finalize"""

# The WeakValueDictionary implements a mutable mapping where the
# values are weak references to objects

class Cheese:
    
    def __init__(self, kind):
        self.kind = kind
    
    def __repr__(self):
        return f'Cheese({self.kind!r})'

stock = weakref.WeakValueDictionary()
catalog = [Cheese('Red Leicester'), Cheese('Tilsit'),
           Cheese('Brie'), Cheese('Parmesan')]

for cheese in catalog:
    stock[cheese.kind] = cheese
    
print(sorted(stock.keys()))

del catalog

print(sorted(stock.keys()))  # Interestingly Parmesan holds on! something must be referencing it

del cheese

print(sorted(stock.keys()))

"""
A temporary variable held reference to it which was used in a for
loop. This isn't a problem with function returns, as they are destroyed
when function returns. But here it is a global variable and will
not go away.
"""

"""
There is also a WeakKeyDictionary and WeakSet which might
be really useful if you are designing a class which holds
reference to all of its instances.

There are some curious limitations list and dict can't be referents
as well as tuple and int. Sometimes you can solve this problem by
subclassing.
"""

"""
CPython implementation has some optimization tricks it does with
immutables. It interns small integers and certain strings, tuples, frozen sets. 
"""
