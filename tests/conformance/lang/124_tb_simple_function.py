# Conformance: uncaught ZeroDivisionError raised in a function called from module level: the frames,
# source lines, and 3.11's ~~~^~~~ carets under the failing binary operation.
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


print(average([1, 2, 3]))
print(average([10]))
data = []
print("about to average an empty list")
result = average(data)
print("unreachable", result)
