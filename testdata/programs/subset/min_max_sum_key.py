class Score:
    def __init__(self, who, pts):
        self.who = who
        self.pts = pts

    def __del__(self):
        print("del", self.who)


scores = [Score("ann", 3), Score("bob", 7), Score("cid", 5)]
best = max(scores, key=lambda s: s.pts)
worst = min(scores, key=lambda s: s.pts)
print(best.who, worst.who, sum(s.pts for s in scores), abs(-best.pts))
print(max(3, 9, 4), min([4, 2, 8]), sum([1, 2, 3], 10), max([], default="none"))
print(any(s.pts > 6 for s in scores), all(s.pts > 2 for s in scores))
scores = None
print("after scores = None")
best = None
print("after best = None")
worst = None
print("end")
