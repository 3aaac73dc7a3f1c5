class Temp:
    instances = 0

    def __init__(self, c):
        self._c = c
        Temp.instances += 1

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @staticmethod
    def describe(x):
        return "temp %s" % x

    @classmethod
    def freezing(cls):
        return cls(0)

    def __del__(self):
        print("del Temp", self._c)


t = Temp(100)
print(t.fahrenheit, Temp.describe(1), Temp.instances)
t.fahrenheit = 32
print(t._c)
f = Temp.freezing()
print(type(f).__name__, f.fahrenheit, Temp.instances)
t = f = None
print("end")
