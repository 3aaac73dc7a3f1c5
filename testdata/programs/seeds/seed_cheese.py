# Seed: StackOverflow question (000_*.txt), code block verbatim: WeakValueDictionary entries vanish
# when catalog is deleted, except the one still held by the loop variable 'cheese'.
import weakref

class Cheese:
  def __init__(self,kind):
    self.kind = kind

  def __repr__(self):
    return "cheese {}".format(self.kind)



stock = weakref.WeakValueDictionary()
catalog = [Cheese("red"),Cheese("block"),Cheese("lock"),Cheese("hehe")]
for cheese in  catalog:
    stock[cheese.kind] = cheese

print(sorted(stock.keys()))
del catalog
print(sorted(stock.keys()))
