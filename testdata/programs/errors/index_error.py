# IndexError messages for lists, tuples, strings, ranges and pop from an empty list.
for c in (lambda: [1][5], lambda: (1,)[-2], lambda: "ab"[9], lambda: range(3)[3],
          lambda: [].pop(), lambda: [1].pop(4)):
    try:
        c()
    except IndexError as e:
        print("IndexError:", e)
lst = [1, 2, 3]
lst[3] = 4
