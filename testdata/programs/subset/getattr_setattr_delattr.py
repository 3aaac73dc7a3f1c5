# getattr/setattr/delattr/hasattr on instances: the attribute's value lives exactly as long as the attribute.
class Val:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


b = Box()
setattr(b, "first", Val("first"))
setattr(b, "second", Val("second"))
print(hasattr(b, "first"), hasattr(b, "third"))
print(getattr(b, "second").name)
print(getattr(b, "third", "default"))
delattr(b, "first")
print("after delattr first")
setattr(b, "second", Val("replacement"))
print("after replacing second")
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "first")
except AttributeError as e:
    print("AttributeError:", e)
del b
print("end")
