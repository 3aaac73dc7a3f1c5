# Seed variant: the filling loop runs inside a function, so no loop variable survives and
# deleting the catalog empties the stock; values() and items() listed sorted.
import weakref

class Cheese:
    def __init__(self, kind):
        self.kind = kind
    def __repr__(self):
        return "Cheese({!r})".format(self.kind)

def fill(stock, catalog):
    for cheese in catalog:
        stock[cheese.kind] = cheese
    return len(stock)

stock = weakref.WeakValueDictionary()
catalog = [Cheese('Red Leicester'), Cheese('Tilsit'), Cheese('Brie'), Cheese('Parmesan')]
print(fill(stock, catalog))
print(sorted(stock.values(), key=lambda c: c.kind))
print(sorted(k for k, v in stock.items()))
catalog.pop(1)
print(sorted(stock.keys()))
del catalog
print(sorted(stock.keys()), len(stock))
