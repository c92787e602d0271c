# Conformance: any() and all(): empty iterables, short-circuiting on generators, truthiness rules.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any([[]]), all([[]]), any({0: "a"}), all({1: 0}))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(x) for x in [5, 1, 9]), checked)
nums = [2, 4, 6]
print(all(n % 2 == 0 for n in nums), any(n > 5 for n in nums), any(n > 6 for n in nums))
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
words = ["apple", "avocado", "banana"]
print(all(w.startswith("a") for w in words[:2]), any(w.endswith("z") for w in words))
try:
    any(5)
except TypeError as exc:
    print("TypeError:", exc)
