class EmptyError(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(" + ", ".join(repr(i) for i in self._items) + ")"
s = Stack()
for word in "to be or not".split():
    s.push(word)
print(s, len(s))
print(s.pop(), s.pop())
print(s.peek())
while len(s):
    s.pop()
try:
    s.pop()
except EmptyError as err:
    print("error:", err)
print(bool(s), s)
