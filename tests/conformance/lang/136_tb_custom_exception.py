# Conformance: uncaught user-defined exceptions print as "ClassName: message" (no __main__ prefix),
# using the class's __str__; an exception with no args prints just the class name.
class OrderError(Exception):
    def __init__(self, order_id, reason):
        super().__init__(order_id, reason)
        self.order_id = order_id
        self.reason = reason

    def __str__(self):
        return f"order {self.order_id} rejected: {self.reason}"


class EmptyCart(OrderError):
    pass


def submit(order_id, items):
    if not items:
        raise EmptyCart(order_id, "cart is empty")
    return f"order {order_id} accepted"


print(submit(1, ["book"]))
try:
    submit(2, [])
except OrderError as exc:
    print("caught:", exc, "| repr:", repr(exc))
submit(3, [])
