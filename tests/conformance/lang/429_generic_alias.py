# Conformance: subscripting the container classes (list[int], dict[str, list[int]]) as type
# hints do: the GenericAlias reprs, attributes, equality, calling one, and annotations that use
# them, which are evaluated when the function is defined.
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]])
print(list[None], list["int"], list[1], dict[int, tuple[int, str]])


class Point:
    pass


print(list[Point], dict[str, Point], type(list[int]).__name__, str(list[int]))
alias = list[int]
print(alias.__origin__, alias.__args__, alias.__parameters__, alias.__name__)
print(alias == list[int], alias == list[str], alias == list, alias != dict[int, int])
print(hash(alias) == hash(list[int]), alias(), alias((1, 2)), dict[str, int](a=1))
print(list.__class_getitem__(int), tuple[int, str], frozenset[int])


def total(values: list[int], weights: dict[str, float] = {}) -> tuple[int, int]:
    return sum(values), len(values)


print(total([1, 2, 3]), total.__annotations__["values"], total.__annotations__["return"])
try:
    list[int][str]
except TypeError as exc:
    print("TypeError:", exc)
