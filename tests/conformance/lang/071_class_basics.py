# Conformance: class definition, __init__, instance attributes, methods, bound methods, __dict__.
class Account:
    """A bank account."""
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def describe(self):
        return f"{self.owner}: {self.balance}"
acct = Account("Ann")
acct.deposit(50).deposit(25)
print(acct.describe(), acct.balance, acct.owner)
print(Account.__name__, Account.__doc__, Account.__qualname__, type(acct).__name__)
print(acct.__dict__, sorted(acct.__dict__))
m = acct.deposit
print(type(m).__name__, m.__self__ is acct, m.__func__ is Account.deposit, m.__name__)
m(5)
print(Account.describe(acct))
acct.nickname = "A"
print(acct.__dict__)
other = Account("Bo", 10)
print(other.describe(), hasattr(other, "nickname"))
print(isinstance(acct, Account), isinstance(acct, object), type(acct) is Account)
try:
    Account()
except TypeError as exc:
    print("TypeError:", exc)
try:
    acct.withdraw(1)
except AttributeError as exc:
    print("AttributeError:", exc)
class WithInitReturn:
    def __init__(self):
        return None
print(type(WithInitReturn()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as exc:
    print("TypeError:", exc)
