# Conformance: bytes literals and operations ordinary programs use: indexing gives ints, slicing
# gives bytes, decode/encode, hex, join, split, find, repr escapes, comparison with str.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], type(b[0]).__name__, type(b[:1]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(b"-".join([b"a", b"b"]), b + b"!", b * 2, b"ell" in b, 104 in b)
print("caf\u00e9".encode(), "caf\u00e9".encode("utf-8").decode(), b"abc".decode("ascii"))
print(b"\x00\x01\xfe\xff", b"\t\n\r", b"'", b'"', b"'\"", b"\\")
print(bytes([0, 127, 128, 255]).hex(), bytes.fromhex("48 69"), list(b"AZ"))
print(b"abc" == b"abc", b"abc" == "abc", b"a" < b"b", bytes(2), bytes(range(65, 70)))
print(b"  padded ".strip(), b"x,y".split(b","), b"Mixed".lower(), b"abc".isalpha(), b"12".isdigit())
try:
    b[0] = 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    b"a" + "b"
except TypeError as exc:
    print("TypeError:", exc)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as exc:
    print("UnicodeDecodeError:", exc)
try:
    bytes([256])
except ValueError as exc:
    print("ValueError:", exc)
print(str(b"x"), repr(b"x"), f"{b'x'}", hash(b"abc") == hash(b"abc"))
