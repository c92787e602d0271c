# Conformance: a traceback whose innermost frame is a lambda ("in <lambda>") called from map/sorted.
prices = {"apple": 1.5, "pear": 2.0}
orders = [("apple", 2), ("pear", 1), ("kiwi", 3)]
cost = lambda order: prices[order[0]] * order[1]
print([cost(o) for o in orders[:2]])
by_cost = sorted(orders[:2], key=lambda o: -cost(o))
print(by_cost)
print("total of the first two:", sum(map(cost, orders[:2])))
totals = list(map(cost, orders))
print("unreachable", totals)
