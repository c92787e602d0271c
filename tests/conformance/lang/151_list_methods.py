# Conformance: list methods: append extend insert remove pop clear index count sort reverse copy,
# plus +, *, ==, <, in, del, and aliasing vs copying.
lst = [3, 1, 2]
lst.append(4)
lst.extend([5, 6])
lst.extend("ab")
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
lst.remove("a")
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(2), lst.index(5, 2), lst.count(1), lst.count("zz"))
nums = [5, 2, 8, 1, 9, 2]
print(nums.sort(), nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
copy = nums.copy()
copy.append(100)
print(nums, copy, nums == copy[:-1], nums is copy)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2, 3] > [1, 2])
matrix = [[0] * 2] * 2
matrix[0][0] = 1
print("shared rows:", matrix)
lst.clear()
print(lst, len(lst))
a = [1, 2, 3, 4, 5]
del a[1:3]
a[1:1] = [9, 9]
print(a, a[::-1], list(reversed(a)), sorted(a))
print([].copy(), list.__name__, [None] * 2, [[]] * 2)
