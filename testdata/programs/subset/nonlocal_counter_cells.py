# A closure's cell keeps its value alive; rebinding through nonlocal frees the old value.
class Step:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del step", self.n)


def counter():
    current = Step(0)

    def advance():
        nonlocal current
        current = Step(current.n + 1)
        return current.n

    return advance


adv = counter()
print(adv())
print(adv())
print("dropping the closure")
adv = None
print("end")
