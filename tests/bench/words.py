# Benchmark: strings and dicts (word counts over generated text).
words = ["event", "loop", "task", "future", "await", "lock", "queue", "sleep", "timer", "ready"]
counts = {}
text = []
for i in range(200_000):
    w = words[(i * 7 + i // 3) % len(words)] + str(i % 13)
    text.append(w)
    counts[w] = counts.get(w, 0) + 1
joined = " ".join(text)
print(len(joined), len(counts), max(counts.items(), key=lambda kv: (kv[1], kv[0])))
print(sum(len(s) for s in joined.split()) % 100_003, joined.count("loop1"))
