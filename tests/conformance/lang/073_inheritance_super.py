# Conformance: single inheritance: overriding, super() in __init__ and methods, MRO, isinstance.
class Animal:
    sound = "..."
    def __init__(self, name):
        print(f"  Animal.__init__({name!r})")
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        print("  Dog.__init__ start")
        super().__init__(name)
        self.breed = breed
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
    def kind(self):
        return "puppy < " + super().kind()
p = Puppy("bit", "lab")
print(p.speak(), "|", p.kind(), "|", p.breed)
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, Animal.__bases__)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
class Base:
    def __init__(self):
        self.value = "base"
class NoSuperCall(Base):
    def __init__(self):
        self.other = "child"
n = NoSuperCall()
print(hasattr(n, "value"), n.other)
class Inherits(Base):
    pass
print(Inherits().value)
class Explicit(Animal):
    def __init__(self):
        super(Explicit, self).__init__("explicit")
print(Explicit().speak())
print(Puppy.speak is Dog.speak, Dog.speak is Animal.speak, Puppy.sound)
