class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __str__(self):
        return self.describe()
class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(Shape.count, isinstance(shapes[1], Rect), issubclass(Square, Shape))
try:
    Shape("abstract").area()
except NotImplementedError:
    print("abstract area")
print(type(shapes[2]).__name__, [type(s).__name__ for s in shapes])
