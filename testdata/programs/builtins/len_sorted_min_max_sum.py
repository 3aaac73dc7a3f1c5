# len/sorted/min/max/sum with keys, defaults, reverse; errors on empty min and mixed sorting.
# Versions: empty min() says "arg is an empty sequence" before 3.12, "iterable argument is empty" 3.12+.
words = ["pear", "fig", "banana", "kiwi"]
print(len(words), len("hello"), len({}), len(range(3, 10, 2)))
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words), max(words, key=len), min(3, 1, 2), max([], default="empty"))
print(sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25], 10), sum([[1], [2]], []))
print(sorted([3, 1.5, True]), sorted("bca"), sorted({3: "a", 1: "b"}))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
