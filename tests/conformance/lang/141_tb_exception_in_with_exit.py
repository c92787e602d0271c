# Conformance: an exception raised by __exit__ while another exception propagates prints both
# tracebacks with the "During handling" separator; the with line appears as the frame's line.
class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback", self.name, "because of", exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError(f"rollback of {self.name} failed")
        return False


with Transaction("t1"):
    print("t1 body ok")
with Transaction("t2"):
    balance = {"alice": 10}
    balance["bob"] -= 5
