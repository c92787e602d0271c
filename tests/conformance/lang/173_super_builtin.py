# Conformance: super() in methods, properties, classmethods, __init__ chains, __repr__, and
# super() with explicit arguments; errors for super() outside a method.
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base.__init__"]
    def greet(self):
        return f"Base greets {self.name}"
    @classmethod
    def create(cls, name):
        return cls(name)
    @property
    def title(self):
        return "base-title"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Middle(Base):
    def __init__(self, name):
        super().__init__(name.upper())
        self.log.append("Middle.__init__")
    def greet(self):
        return "Middle + " + super().greet()
    @classmethod
    def create(cls, name):
        obj = super().create(name + "!")
        obj.log.append("Middle.create")
        return obj
    @property
    def title(self):
        return "middle/" + super().title
class Leaf(Middle):
    def greet(self):
        return "Leaf + " + super().greet()
    def __repr__(self):
        return "Leaf wraps " + super().__repr__()
leaf = Leaf.create("x")
print(leaf.greet(), "|", leaf.title, "|", leaf.log, "|", repr(leaf))
print(super(Leaf, leaf).greet(), "|", super(Middle, leaf).greet())
print(type(super(Leaf, leaf)).__name__)
def not_a_method():
    return super().greet()
try:
    not_a_method()
except RuntimeError as exc:
    print("RuntimeError:", exc)
class NoParent:
    def m(self):
        return super().m()
try:
    NoParent().m()
except AttributeError as exc:
    print("AttributeError:", exc)
