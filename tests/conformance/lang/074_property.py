# Conformance: @property getters, setters, deleters, read-only properties and computed values.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        print("  get celsius")
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as exc:
    print("ValueError:", exc)
try:
    t.fahrenheit = 0
except AttributeError as exc:
    print("AttributeError:", exc)
del t.celsius
print(hasattr(t, "_celsius"))
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fget.__name__, Temperature.fahrenheit.fset)
class Legacy:
    def _get(self):
        return "legacy value"
    value = property(_get, doc="old style")
print(Legacy().value, Legacy.value.__doc__)
class Sub(Temperature):
    @property
    def fahrenheit(self):
        return round(super().fahrenheit)
print(Sub(37.5).fahrenheit)
