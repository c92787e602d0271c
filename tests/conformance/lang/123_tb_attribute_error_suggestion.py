# Conformance: an uncaught AttributeError on a user object with a close match: the traceback ends
# with "Did you mean: '...'?", and the caret line marks the attribute access.
class Inventory:
    def __init__(self):
        self.quantity = 3

    def restock(self, amount):
        self.quantity += amount


inv = Inventory()
inv.restock(2)
print("quantity is", inv.quantity)
try:
    inv.quantty
except AttributeError as exc:
    print("caught:", exc)
print("now uncaught:")
print(inv.quantity + inv.quantiy)
