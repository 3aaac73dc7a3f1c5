# Seed variant: cheeses print when freed; `del catalog` frees the list items last to first
# (hehe survives through the loop variable), the rest dies when `cheese` is deleted.
import weakref

class Cheese:
    def __init__(self, kind):
        self.kind = kind
    def __repr__(self):
        return "cheese {}".format(self.kind)
    def __del__(self):
        print("freed", self.kind, "| stock size now", len(stock))

stock = weakref.WeakValueDictionary()
catalog = [Cheese("red"), Cheese("block"), Cheese("lock"), Cheese("hehe")]
for cheese in catalog:
    stock[cheese.kind] = cheese
print(sorted(stock.keys()))
del catalog
print(sorted(stock.keys()), len(stock))
del cheese
print(sorted(stock.keys()), len(stock))
