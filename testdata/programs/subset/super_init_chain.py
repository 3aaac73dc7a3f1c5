# super() in __init__ and __del__ chains; the __class__ cell of each method.
class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)

    def __del__(self):
        print("Base.__del__", self.name)


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        print("Child.__init__", extra)

    def __del__(self):
        print("Child.__del__", self.name)
        super().__del__()


c = Child("c", 1)
print(isinstance(c, Base), issubclass(Child, Base), type(c).__name__)
c = None
print("after c = None")
Child("temp", 2)
print("end")
