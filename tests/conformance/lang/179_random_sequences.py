# Conformance: choice, shuffle, sample, uniform after random.seed(n) give CPython's exact results.
import random

random.seed(99)
colors = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colors) for _ in range(8)])
print(random.choice("abcdef"), random.choice(range(100)), random.choice((1, 2)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(colors, 3), random.sample(range(1000), 5), random.sample("xyz", 3))
print([random.uniform(0, 1) for _ in range(3)])
print([random.uniform(10, -10) for _ in range(3)], random.uniform(5, 5))
random.seed(0)
hand = random.sample(range(52), 5)
print(hand, sorted(hand))
words = ["a", "b", "c"]
random.shuffle(words)
print(words)
try:
    random.choice([])
except IndexError as exc:
    print("IndexError:", exc)
try:
    random.sample([1, 2], 3)
except ValueError as exc:
    print("ValueError:", exc)
