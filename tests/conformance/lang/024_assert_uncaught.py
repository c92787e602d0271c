# Conformance: an uncaught AssertionError with a message ends the program with a traceback, status 1.
def check_balance(balance):
    print("checking", balance)
    assert balance >= 0, f"balance went negative: {balance}"
    return balance


def main():
    for amount in (10, 0, -5):
        check_balance(amount)
    print("unreachable")


if __name__ == "__main__":
    main()
