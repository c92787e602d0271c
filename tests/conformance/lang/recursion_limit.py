# RecursionError strikes at the same depth as under python3; the traceback folds repeats.
import sys

print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(1))


def countdown(n):
    return countdown(n - 1) + 1


countdown(10)
