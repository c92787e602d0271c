# Conformance: @staticmethod and @classmethod: calling via class and instance, cls in subclasses.
class Shape:
    registry = []
    def __init__(self, size):
        self.size = size
    @classmethod
    def unit(cls):
        return cls(1)
    @classmethod
    def register(cls, tag):
        cls.registry.append((cls.__name__, tag))
        return cls
    @staticmethod
    def area_of(size):
        return size * size
    def area(self):
        return self.area_of(self.size)
    def __repr__(self):
        return f"{type(self).__name__}({self.size})"
class Square(Shape):
    @classmethod
    def unit(cls):
        made = super().unit()
        made.size *= 2
        return made
print(Shape.unit(), Square.unit(), Square(3).unit())
print(Shape.area_of(4), Square(5).area_of(2), Square(3).area())
Shape.register("base")
Square.register("sq")
print(Shape.registry)
print(type(Shape.__dict__["area_of"]).__name__, type(Shape.__dict__["unit"]).__name__)
print(type(Shape.area_of).__name__, type(Shape.unit).__name__, Shape.unit.__self__ is Shape)
def plain(x):
    return x + 1
sm = staticmethod(plain)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    inc = sm
    name = cm
print(Holder.inc(1), Holder().inc(2), Holder.name(), Holder().name())
