# Conformance: class attributes vs instance attributes: sharing, shadowing, mutation through instances.
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.count, b.species)
a.add_trick("roll")
print(b.tricks, Dog.tricks is a.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species, "species" in a.__dict__, "species" in b.__dict__)
del a.species
print(a.species)
Dog.species = "dog"
print(a.species, b.species)
b.count += 10
print(b.count, Dog.count, a.count)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
c1, c2 = Counter(), Counter()
print(Counter.instances, c1.instances)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
Dog.bark = lambda self: self.name + " says woof"
print(a.bark(), b.bark())
setattr(Dog, "legs", 4)
print(getattr(a, "legs"), Dog.legs)
