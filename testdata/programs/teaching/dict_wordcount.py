text = "the quick brown fox jumps over the lazy dog the fox"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts, key=lambda k: (-counts[k], k)):
    print(w, counts[w])
lengths = {w: len(w) for w in counts}
print(max(lengths.values()), min(lengths, key=lengths.get))
inverted = {}
for w, c in counts.items():
    inverted.setdefault(c, []).append(w)
print(sorted(inverted.items()))
print(len(counts), "fox" in counts, "cat" in counts)
del counts["the"]
print(sorted(counts)[:3])
