# Conformance: a traceback through methods, a property and a classmethod (qualified frame names
# are not shown in 3.11: just the function name).
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def overdrawn(self):
        return self.balance < 0

    def withdraw(self, amount):
        if amount > self.balance:
            self._fail(amount)
        self.balance -= amount

    def _fail(self, amount):
        raise ValueError(f"insufficient funds: balance {self.balance}, wanted {amount}")

    @classmethod
    def open_and_withdraw(cls, start, amount):
        acct = cls(start)
        acct.withdraw(amount)
        return acct


print(Account.open_and_withdraw(100, 30).balance)
print(Account(5).overdrawn)
Account.open_and_withdraw(10, 50)
