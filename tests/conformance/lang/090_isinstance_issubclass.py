# Conformance: isinstance/issubclass with classes, tuples of classes, built-in types and errors.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, (Cat, Dog)))
print(isinstance(d, object), isinstance(Dog, type), isinstance(type, type), isinstance(object, type))
print(issubclass(Dog, Animal), issubclass(Dog, (Cat, int)), issubclass(Animal, object), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"b", bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set), isinstance(None, type(None)))
print(isinstance(range(3), range), isinstance(print, object), isinstance(len, type))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(d, ()), issubclass(Dog, ()), isinstance(3, (str, (list, int))))
try:
    isinstance(d, d)
except TypeError as exc:
    print("TypeError:", exc)
try:
    issubclass(d, Animal)
except TypeError as exc:
    print("TypeError:", exc)
try:
    issubclass(Dog, "Animal")
except TypeError as exc:
    print("TypeError:", exc)
