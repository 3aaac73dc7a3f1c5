# The walrus operator binds a name: the value outlives the expression.
class Token:
    def __init__(self, text):
        self.text = text

    def __del__(self):
        print("del", self.text)


def make(text):
    return Token(text)


if (t := make("kept")).text:
    print("bound", t.text)
print("after if")
values = [y.text for x in ["a", "b"] if (y := make(x))]
print(values)
print("y is", y.text)
t = None
y = None
print("end")
