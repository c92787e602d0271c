#!/usr/bin/python3
"""Generates the expected values of loopstep's numeric unit tests by asking CPython itself.

    /usr/bin/python3 tools/gen_numeric_cases.py tests/unit

writes tests/unit/bigint_cases.inc and tests/unit/number_format_cases.inc: C++ tables of inputs
and the outputs CPython 3.11 gives for them (int arithmetic, parsing, hashing, conversions,
float repr, format specs, %-formatting, round, float division and power, float()). Every random
input comes from a fixed seed, so rerunning the script reproduces the files byte for byte.
An error is written as "!ExceptionName: message"; a float result as the 16 hex digits of its bits.
"""
import math
import random
import resource
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

ERR = "!"


def bits_of(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def double_of(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def cstr(s):
    """A C++ string literal holding the UTF-8 bytes of s (octal escapes are never greedy)."""
    if s is None:
        return "nullptr"
    out = ['"']
    for b in s.encode("utf-8", "surrogatepass"):
        c = chr(b)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 0x20 <= b < 0x7F and c != "?":
            out.append(c)
        else:
            out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def outcome(fn, conv=str):
    """CPython's answer as a string: the converted value, or "!Name: message" for an exception."""
    try:
        value = fn()
    except (ValueError, OverflowError, ZeroDivisionError, MemoryError, TypeError) as e:
        return "%s%s: %s" % (ERR, type(e).__name__, e)
    # Writing the answer down is not part of the operation: no digit limit applies to it.
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return conv(value)
    finally:
        sys.set_int_max_str_digits(limit)


class max_str_digits:
    """Runs a block under sys.set_int_max_str_digits(n); the script otherwise runs without limit."""

    def __init__(self, n):
        self.n = n

    def __enter__(self):
        sys.set_int_max_str_digits(self.n)

    def __exit__(self, *exc):
        sys.set_int_max_str_digits(0)


class Table:
    def __init__(self, struct_name, fields, doc):
        self.struct_name = struct_name
        self.fields = fields  # list of (ctype, name)
        self.doc = doc
        self.rows = []

    def add(self, *values):
        assert len(values) == len(self.fields)
        self.rows.append(values)

    def render(self, var):
        lines = ["// %s" % self.doc, "struct %s {" % self.struct_name]
        for ctype, name in self.fields:
            lines.append("    %s %s;" % (ctype, name))
        lines.append("};")
        lines.append("inline const %s %s[] = {" % (self.struct_name, var))
        for row in self.rows:
            cells = []
            for (ctype, _), v in zip(self.fields, row):
                if ctype == "std::string_view":
                    cells.append(cstr(v) + "sv")
                elif ctype == "bool":
                    cells.append("true" if v else "false")
                elif ctype in ("std::int64_t", "long long"):
                    cells.append("%dLL" % v if v != -2**63 else "(-9223372036854775807LL - 1)")
                elif ctype == "char":
                    cells.append("'%s'" % v)
                elif ctype in ("std::uint64_t",):
                    cells.append("%dULL" % v)
                else:
                    cells.append(str(v))
            lines.append("    {" + ", ".join(cells) + "},")
        lines.append("};")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Interesting integers


def runs_number(rng, nbits):
    """A number made of long runs of ones and zeros: it stresses carries and borrows."""
    bits = []
    while len(bits) < nbits:
        bits.extend([rng.choice("01")] * rng.randint(1, 70))
    s = "1" + "".join(bits[: nbits - 1])
    return int(s, 2)


def interesting_ints(rng):
    vals = {0, 1, -1, 2, -2, 3, 10, -10, 255, 256, 65535, 65536}
    for k in (31, 32, 33, 52, 53, 54, 62, 63, 64, 65, 95, 96, 97, 127, 128, 129, 160, 256, 1000,
              1024, 1025, 1280, 1281):
        for d in (-1, 0, 1):
            vals.add(2**k + d)
            vals.add(-(2**k + d))
    vals.add(10**18)
    vals.add(10**19)
    vals.add(-(10**19))
    vals.add(10**100)
    vals.add(-(10**100) + 1)
    vals.add(math.factorial(30))
    vals.add(-math.factorial(25))
    return sorted(vals, key=lambda v: (abs(v), v))


def random_int(rng, size_class):
    if size_class == "small":
        n = rng.randint(1, 64)
    elif size_class == "medium":
        n = rng.randint(65, 700)
    elif size_class == "large":
        n = rng.randint(1300, 3000)
    else:
        raise ValueError(size_class)
    v = runs_number(rng, n) if rng.random() < 0.35 else rng.getrandbits(n) | (1 << (n - 1))
    return -v if rng.random() < 0.5 else v


def int_pool(rng, count):
    pool = list(interesting_ints(rng))
    classes = ["small"] * 12 + ["medium"] * 7 + ["large"]
    while len(pool) < count:
        pool.append(random_int(rng, rng.choice(classes)))
    return pool


# ---------------------------------------------------------------------------------------------
# BigInt tables


def cmp_of(a, b):
    return (a > b) - (a < b)


def float_outcome(fn):
    return outcome(fn, bits_of)


def gen_bigint(rng):
    tables = []

    binop = Table("IntBinopCase", [("std::string_view", "a"), ("std::string_view", "b"),
                                   ("std::string_view", "add"), ("std::string_view", "sub"),
                                   ("std::string_view", "mul"), ("std::string_view", "floordiv"),
                                   ("std::string_view", "mod"), ("std::string_view", "bit_and"),
                                   ("std::string_view", "bit_or"), ("std::string_view", "bit_xor"),
                                   ("int", "cmp"), ("std::string_view", "truediv")],
                  "a, b and CPython's a+b, a-b, a*b, a//b, a%b, a&b, a|b, a^b, cmp, a/b (float bits)")
    small = interesting_ints(rng)
    pairs = []
    for a in small:
        for b in (0, 1, -1, 2**32, -(2**32) + 1, 2**63, -(2**64) - 1, 10**19 + 7, 3):
            pairs.append((a, b))
    classes = ["small"] * 12 + ["medium"] * 12 + ["large"]
    for _ in range(1300):
        a = random_int(rng, rng.choice(classes))
        b = random_int(rng, rng.choice(classes))
        if rng.random() < 0.1:
            b = a // rng.choice([1, 2, 3, -7, 2**32 + 1]) + rng.randint(-3, 3)
        pairs.append((a, b))
    # Divisors whose top limbs make algorithm D's quotient estimate too large (the add-back step).
    for k in range(2, 9):
        b = (1 << (32 * k - 1)) + 1
        pairs.append(((1 << (32 * (k + 2))) - 1, b))
        pairs.append(((1 << (32 * (k + 2))) - (1 << (32 * k)), (1 << (32 * k)) - 1))
        pairs.append((0x7FFFFFFF800000010000000000000000, 0x800000000000000000000003))
        pairs.append((0x8000000000000000FFFFFFFE00000000 << (32 * k), (0x8000000000000000FFFFFFFF << (32 * k)) | 1))
    for a, b in pairs:
        binop.add(str(a), str(b), str(a + b), str(a - b), str(a * b),
                  outcome(lambda: a // b), outcome(lambda: a % b),
                  str(a & b), str(a | b), str(a ^ b), cmp_of(a, b), float_outcome(lambda: a / b))
    tables.append(("kIntBinopCases", binop))

    unary = Table("IntUnaryCase", [("std::string_view", "a"), ("std::string_view", "neg"),
                                   ("std::string_view", "invert"), ("std::uint64_t", "bit_length"),
                                   ("std::uint64_t", "bit_count"), ("std::int64_t", "hash"),
                                   ("std::string_view", "to_double"), ("std::string_view", "bin"),
                                   ("std::string_view", "oct"), ("std::string_view", "hex"),
                                   ("std::string_view", "hex_prefixed"), ("bool", "fits_int64")],
                  "a and CPython's -a, ~a, bit_length, bit_count, hash, float(a), "
                  "format b/o/x, hex(a), whether it fits in int64")
    for a in int_pool(rng, 900):
        unary.add(str(a), str(-a), str(~a), a.bit_length(), a.bit_count(), hash(a),
                  float_outcome(lambda: float(a)), format(a, "b"), format(a, "o"), format(a, "x"),
                  hex(a), -2**63 <= a < 2**63)
    # float(int) rounding: exactly halfway between doubles, and one unit either side of it.
    for e in (53, 54, 60, 64, 100, 1023):
        for m in (2**53 - 1, 2**53 - 2, 2**52 + 1, 2**52):
            base = m << (e - 52)
            half = 1 << (e - 53)
            for v in (base + half, base + half - 1, base + half + 1, base - half, -(base + half)):
                unary.add(str(v), str(-v), str(~v), v.bit_length(), v.bit_count(), hash(v),
                          float_outcome(lambda: float(v)), format(v, "b"), format(v, "o"),
                          format(v, "x"), hex(v), -2**63 <= v < 2**63)
    for v in (2**1024 - 2**970 - 1, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024, -(2**1024)):
        unary.add(str(v), str(-v), str(~v), v.bit_length(), v.bit_count(), hash(v),
                  float_outcome(lambda: float(v)), format(v, "b"), format(v, "o"), format(v, "x"),
                  hex(v), False)
    tables.append(("kIntUnaryCases", unary))

    shift = Table("IntShiftCase", [("std::string_view", "a"), ("std::string_view", "n"),
                                   ("std::string_view", "lshift"), ("std::string_view", "rshift")],
                  "a, n and CPython's a << n, a >> n")
    for a in int_pool(rng, 220):
        for n in (0, 1, 5, 31, 32, 33, 64, 100, rng.randint(0, 1000)):
            shift.add(str(a), str(n), outcome(lambda: a << n), outcome(lambda: a >> n))
    for a in (0, 1, -1, 5, -5, 2**100, -(2**100)):
        for n in (-1, -(2**70), 2**63, 2**64, 2**100):
            shift.add(str(a), str(n), outcome(lambda: a << n), outcome(lambda: a >> n))
    tables.append(("kIntShiftCases", shift))

    powt = Table("IntPowCase", [("std::string_view", "a"), ("std::string_view", "e"),
                                ("std::string_view", "result")], "a, e >= 0 and CPython's a ** e")
    for a in [0, 1, -1, 2, -2, 3, -3, 7, 10, 2**32, 2**32 + 1, -(2**31), 10**20 + 1, 12345678901234567890123]:
        for e in (0, 1, 2, 3, 5, 10, 31, 32, 63, 64, 65, 100, 257):
            powt.add(str(a), str(e), str(a**e))
    for _ in range(150):
        a = random_int(rng, rng.choice(["small", "small", "medium"]))
        e = rng.randint(0, 40)
        powt.add(str(a), str(e), str(a**e))
    for a in (0, 1, -1):
        for e in (10**30, 10**30 + 1):
            powt.add(str(a), str(e), str(pow(a, e)))
    tables.append(("kIntPowCases", powt))

    powmod = Table("IntPowModCase", [("std::string_view", "a"), ("std::string_view", "e"),
                                     ("std::string_view", "m"), ("std::string_view", "result")],
                   "a, e, m and CPython's pow(a, e, m)")
    for a in (0, 1, -1, 2, -2, 3, 5, -7, 10**20 + 3, -(2**100) - 1):
        for e in (0, 1, 2, 3, 10, 65, 1000, -1, -2, -5):
            for m in (0, 1, -1, 2, 7, -7, 10, 2**32, 2**61 - 1, -(2**89 - 1), 10**30 + 57):
                powmod.add(str(a), str(e), str(m), outcome(lambda: pow(a, e, m)))
    for _ in range(250):
        a = random_int(rng, rng.choice(["small", "medium"]))
        e = random_int(rng, rng.choice(["small", "medium"]))
        m = random_int(rng, rng.choice(["small", "medium", "medium"]))
        powmod.add(str(a), str(e), str(m), outcome(lambda: pow(a, e, m)))
    tables.append(("kIntPowModCases", powmod))

    parse = Table("IntParseCase", [("std::string_view", "text"), ("int", "base"),
                                   ("std::uint64_t", "max_digits"), ("std::string_view", "result")],
                  "text, base, sys.get_int_max_str_digits() and CPython's int(text, base)")
    texts = ["0", "1", "-1", "+1", "  42  ", "\t-7\n", "1_000", "1__000", "_1", "1_", "0x1F",
             "0X1f", "0o17", "0O17", "0b101", "0B101", "0x_1f", "0x__1f", "0_0", "00", "010",
             "0_1", "08", "0x", "0b", "0o", "", " ", "-", "+", "- 1", "--1", "1 2", "1\x00",
             "z", "Z", "zz", "10", "123abc", "abc", "1e5", "1.5", "٣٤", " ١٢٣ ", "１２３",
             "\u3000５\u3000", "\x1c5", "5\x1c", "\x0b5\x0c", "1\u00a0", "1\u2003", "12\u00e9",
             "١_٢", "0x１", "9" * 30, "-" + "9" * 40, "1" + "0" * 19, "18446744073709551616",
             "-9223372036854775808", "9223372036854775808", "ⅷ", "²", "१२३", "𝟗𝟗",
             "it's", 'say "hi"', "tab\there", "a\\b", "\x7f", "日本"]
    with max_str_digits(4300):
        for t in texts:
            for base in (0, 2, 8, 10, 16, 36, 3, 7):
                parse.add(t, base, 4300, outcome(lambda: int(t, base)))
        for base in (-1, 1, 37, 100):
            parse.add("1", base, 4300, outcome(lambda: int("1", base)))
    for _ in range(400):
        base = rng.choice([2, 3, 4, 5, 8, 10, 10, 10, 16, 16, 32, 36])
        v = random_int(rng, rng.choice(["small", "medium", "large"]))
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        s, x = "", abs(v)
        while x:
            s = digits[x % base] + s
            x //= base
        s = s or "0"
        if rng.random() < 0.3:
            s = s.upper()
        if rng.random() < 0.2 and len(s) > 3:
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + "_" + s[i:]
        if v < 0:
            s = "-" + s
        parse.add(s, base, 0, outcome(lambda: int(s, base)))
    # The 4300-digit limit, in both directions around it, and binary bases that ignore it.
    with max_str_digits(4300):
        for n in (4299, 4300, 4301, 5000):
            for base in (10, 16, 7):
                t = "7" * n
                parse.add(t, base, 4300, outcome(lambda: int(t, base)))
                t2 = "  -" + "1" + "_0" * (n - 1) + "x"
                parse.add(t2, base, 4300, outcome(lambda: int(t2, base)))
    for limit in (640, 1000):
        with max_str_digits(limit):
            for n in (limit, limit + 1):
                t = "3" * n
                parse.add(t, 10, limit, outcome(lambda: int(t)))
    tables.append(("kIntParseCases", parse))

    tostr = Table("IntToStrCase", [("std::string_view", "a"), ("std::uint64_t", "max_digits"),
                                   ("std::string_view", "result")],
                  "a, sys.get_int_max_str_digits() and CPython's str(a)")
    for limit in (4300, 640):
        values = (10**(limit - 1), 10**limit - 1, 10**limit, -(10**limit - 1), -(10**limit),
                  2**(int(limit * 3.3219) - 2), 2**(int(limit * 3.3219) + 2), 7**(limit + 5))
        with max_str_digits(limit):
            for v in values:
                tostr.add(hex(v), limit, outcome(lambda: str(v)))
    for v in (math.factorial(1000), 3**20000, -(7**5000)):
        tostr.add(hex(v), 0, str(v))
    tables.append(("kIntToStrCases", tostr))

    bigmul = Table("IntBigMulCase", [("std::string_view", "a"), ("std::string_view", "b"),
                                     ("std::int64_t", "hash"), ("std::uint64_t", "bit_length"),
                                     ("std::string_view", "low_digits"), ("std::string_view", "quotient_hash"),
                                     ("std::string_view", "remainder_low")],
                   "huge a, b (hex) and CPython's hash(a*b), (a*b).bit_length(), (a*b) % 10**40, "
                   "hash(a//b), a%b % 10**40")
    for na, nb in ((20000, 20000), (60000, 9000), (9000, 60000), (40000, 39000), (3000, 100000),
                   (1500, 1400), (2600, 2500), (33000, 32)):
        a = rng.getrandbits(na) | (1 << (na - 1))
        b = runs_number(rng, nb)
        if rng.random() < 0.5:
            a = -a
        p = a * b
        bigmul.add(hex(a), hex(b), hash(p), p.bit_length(), str(p % 10**40), str(hash(a // b)),
                   str((a % b) % 10**40))
    # Sparse operands: halves that are all zero limbs, and runs of all-one limbs.
    for a, b in (((1 << 20000) + 1, (1 << 19000) + (1 << 5)),
                 ((1 << 40000) - 1, (1 << 39000) - 1),
                 (1 << 30000, (1 << 30000) + (1 << 29000) - 1),
                 (((1 << 5000) - 1) << 15000, ((1 << 6000) - 1) << 14000 | 1),
                 (-((1 << 64000) + (1 << 32000)), (1 << 32000) + 3)):
        p = a * b
        bigmul.add(hex(a), hex(b), hash(p), p.bit_length(), str(p % 10**40), str(hash(a // b)),
                   str((a % b) % 10**40))
    tables.append(("kIntBigMulCases", bigmul))

    tobytes = Table("IntToBytesCase", [("std::string_view", "a"), ("int", "length"),
                                       ("bool", "little"), ("bool", "is_signed"),
                                       ("std::string_view", "result")],
                    "a, length, byteorder, signed and CPython's a.to_bytes(...).hex()")
    for a in (0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, -32769, 2**63, -(2**63),
              2**64 - 1, 2**64, 12345678901234567890, -(2**100) + 1, 2**100):
        for length in (0, 1, 2, 3, 8, 9, 16):
            for little in (False, True):
                for signed in (False, True):
                    tobytes.add(str(a), length, little, signed,
                                outcome(lambda: a.to_bytes(length, "little" if little else "big",
                                                           signed=signed).hex()))
    tables.append(("kIntToBytesCases", tobytes))

    frombytes = Table("IntFromBytesCase", [("std::string_view", "hex"), ("bool", "little"),
                                           ("bool", "is_signed"), ("std::string_view", "result")],
                      "bytes (hex), byteorder, signed and CPython's int.from_bytes(...)")
    samples = ["", "00", "01", "7f", "80", "ff", "0080", "8000", "ffff", "ff7f", "0000000000000001",
               "8000000000000000", "ffffffffffffffffff", "00ffffffffffffffff",
               "0123456789abcdef0123456789abcdef01"]
    for _ in range(40):
        samples.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 40))).hex())
    for h in samples:
        for little in (False, True):
            for signed in (False, True):
                frombytes.add(h, little, signed,
                              str(int.from_bytes(bytes.fromhex(h), "little" if little else "big",
                                                 signed=signed)))
    tables.append(("kIntFromBytesCases", frombytes))

    fromdouble = Table("IntFromDoubleCase", [("std::string_view", "bits"), ("std::string_view", "result"),
                                             ("std::int64_t", "hash")],
                       "x (float bits) and CPython's int(x), hash(x) (0 for nan)")
    compare = Table("IntDoubleCompareCase", [("std::string_view", "a"), ("std::string_view", "bits"),
                                             ("int", "cmp")],
                    "an int, a float (bits) and CPython's comparison (2 when unordered)")
    doubles = special_doubles(rng) + [rng.uniform(-1e30, 1e30) for _ in range(300)]
    for x in doubles:
        fromdouble.add(bits_of(x), outcome(lambda: int(x)), 0 if x != x else hash(x))
    for x in doubles[:400]:
        if x != x:
            continue
        if math.isinf(x):
            ints = [0, 2**2000, -(2**2000)]
        else:
            n = int(x)
            ints = [n, n + 1, n - 1]
        for a in ints:
            compare.add(str(a), bits_of(x), (a > x) - (a < x))
    for a in (2**53 + 1, 2**63 - 1, -(2**63), 2**64 + 1, 10**30):
        for x in (float(a), math.nextafter(float(a), math.inf), math.nextafter(float(a), -math.inf)):
            compare.add(str(a), bits_of(x), (a > x) - (a < x))
    compare.add("5", bits_of(math.nan), 2)
    tables.append(("kIntFromDoubleCases", fromdouble))
    tables.append(("kIntDoubleCompareCases", compare))
    return tables


def special_doubles(rng):
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0,
          1e15, 1e16, 1e17, 1e22, 1e23, 123456789012345.0, 1234567890123456.0, 9007199254740992.0,
          9007199254740993.0, 2.0**63, -(2.0**63), 2.0**64, 1e300, -1e300, 1.7976931348623157e308,
          -1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 5e-324,
          -5e-324, 1e-5, 1e-4, 0.0001234, 0.001, 123.456, -0.0001, 1e-7, 3.14159, 2.675, 0.125,
          0.375, 1e100, 4.35, 0.30000000000000004, math.inf, -math.inf, math.nan, 1e-310,
          float(2**53 - 1), 0.9999999999999999, 1.0000000000000002, 99.99999999999999,
          999999999999999.9, 9999999999999998.0, 5e-5, 0.5e-4, 1e21, 1e-10, 12345.6789]
    for _ in range(250):
        xs.append(double_of("%016x" % rng.getrandbits(64)))
    for _ in range(150):
        xs.append(rng.uniform(-1000, 1000))
    for _ in range(100):
        xs.append(round(rng.uniform(-100, 100), rng.randint(0, 4)))
    for _ in range(100):
        xs.append(rng.choice([-1, 1]) * 10.0 ** rng.randint(-30, 30) * rng.randint(1, 999))
    return xs


# ---------------------------------------------------------------------------------------------
# Number formatting tables

FILL_ALIGN = ["", "", "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "0>", "x^",
              "한>", "\u00e9=", " <", "_>", ",^"]
SIGNS = ["", "", "+", "-", " "]
WIDTHS = ["", "", "1", "5", "10", "12", "20", "25", "\u0663"]
GROUPINGS = ["", "", "", ",", "_"]
PRECISIONS = ["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".15", ".17", ".20", ".30"]


def random_spec(rng, types, precisions=PRECISIONS, z_rate=0.1):
    parts = [rng.choice(FILL_ALIGN), rng.choice(SIGNS), "z" if rng.random() < z_rate else "",
             "#" if rng.random() < 0.2 else "", "0" if rng.random() < 0.2 else "",
             rng.choice(WIDTHS), rng.choice(GROUPINGS), rng.choice(precisions), rng.choice(types)]
    return "".join(parts)


FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "%", "n"]
INT_TYPES = ["", "", "b", "c", "d", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%"]
BAD_TYPES = ["d", "s", "x", "c", "b", "?", "\u00e9", "z", " ", "j"]


def show_complex_aware(value):
    if isinstance(value, complex):
        return ERR + "ComplexResult"
    return bits_of(value)


def printf_format(flags, width, prec, conv):
    return "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv


def gen_number_format(rng):
    tables = []
    doubles = special_doubles(rng)

    misc = Table("FloatMiscCase", [("std::string_view", "bits"), ("std::string_view", "repr"),
                                   ("bool", "is_integer"), ("std::string_view", "ratio"),
                                   ("std::string_view", "round"), ("std::int64_t", "hash")],
                 "x (bits) and CPython's repr(x), x.is_integer(), x.as_integer_ratio(), round(x), "
                 "hash(x) (0 for nan)")
    extra = [double_of("%016x" % rng.getrandbits(64)) for _ in range(1500)]
    extra += [rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308) for _ in range(500)]
    extra += [float(rng.randint(-10**17, 10**17)) for _ in range(200)]
    for x in doubles + extra:
        misc.add(bits_of(x), repr(x), x.is_integer(),
                 outcome(lambda: "%d/%d" % x.as_integer_ratio()), outcome(lambda: round(x)),
                 0 if x != x else hash(x))
    tables.append(("kFloatMiscCases", misc))

    ffmt = Table("FloatFormatCase", [("std::string_view", "bits"), ("std::string_view", "spec"),
                                     ("std::string_view", "result")],
                 "x (bits), a format spec and CPython's format(x, spec)")
    fixed_specs = ["", ".2f", "e", ".3g", "%", ",", "_.2f", "+.1e", "010.2f", "z.1f", "#.0f", "#g",
                   ".0", ".1", ".5", ".16", ".17", "n", "20", "<20", "^20", "=+20,.3f", ".0e",
                   "#.3", "g", "G", ".12g", "F", "E", "015,.4f", "_", "z", "z.0f", "#", "#.0e",
                   ".100f", ".50e", ".40g", "0", "06", "-08.2%", " .3e", "x=+14,.2f", "010_",
                   ",.0f", "#.0%", ".1%", "n", ".0n", "#.4n", "010n"]
    for x in doubles[:90]:
        for spec in fixed_specs:
            ffmt.add(bits_of(x), spec, outcome(lambda: format(x, spec)))
    for _ in range(4500):
        x = rng.choice(doubles)
        spec = random_spec(rng, FLOAT_TYPES)
        ffmt.add(bits_of(x), spec, outcome(lambda: format(x, spec)))
    for spec in ["xx", ".", "10.", ",_", "_,", ",,", ",n", "_n", "d", "s", "c", "\u00e9", "5 ",
                 ".2x", "==", "<<5", "99999999999999999999", ".99999999999", ".2147483648f",
                 ",d", "._", ".,", "#z", "z#.1f", "0=10.2f", "\u0663\u0663.\u0661f", "5,3",
                 "5_3", "+-5", "\U0001F600^9.3f", "=10z"]:
        ffmt.add(bits_of(-1.5), spec, outcome(lambda: format(-1.5, spec)))
    # Results too large to build: CPython fails to allocate them (the script runs under a 4 GiB
    # address-space limit, see main) and loopstep refuses them up front.
    for spec in ("9999999999", "0=9999999999.2f", "<9999999999.3e"):
        ffmt.add(bits_of(1.5), spec, outcome(lambda: format(1.5, spec)))
    tables.append(("kFloatFormatCases", ffmt))

    ifmt = Table("IntFormatCase", [("std::string_view", "value"), ("std::string_view", "spec"),
                                   ("std::string_view", "result")],
                 "n, a format spec and CPython's format(n, spec)")
    ints = [0, 1, -1, 5, -5, 42, -42, 255, -255, 1234, -1234, 65, 0x10FFFF, 0x110000, 12345678,
            -987654321, 2**31, 2**63 - 1, -(2**63), 2**64, -(2**64) - 1, 10**20, -(10**25) - 7,
            2**100 + 12345, 3**200, 0x1F600, 0xAC00, 2**70]
    int_fixed = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", ",", "_", "_b", "_x",
                 "#_X", "010", "010,", "+", " ", "-", "=+10", "^10", "<10", ">10", "*^11,",
                 "e", ".2e", "f", ".3f", "g", "%", ".1%", "n", "010n", "020_x", "#010b", "08,d",
                 "0=12_o", "z", "zd", ".2", ".2d", "+c", "#c", ",c", "_n", ",b", "s", "?",
                 "\u00e9", "xx", "5c", "<5c", "05c", "010X", "#012_X"]
    for v in ints:
        for spec in int_fixed:
            ifmt.add(str(v), spec, outcome(lambda: format(v, spec)))
    for _ in range(3000):
        spec = random_spec(rng, INT_TYPES, precisions=["", "", "", "", "", ".2"], z_rate=0.03)
        if spec.endswith("c"):
            v = rng.choice([rng.randint(32, 0x7E), rng.randint(0xA1, 0x2FFF),
                            rng.randint(0xAC00, 0xD7A3), rng.randint(0x1F300, 0x1F64F),
                            rng.randint(-5, 0x120000)])
        else:
            v = rng.choice([rng.randint(-1000, 1000), rng.randint(-10**12, 10**12),
                            random_int(rng, "small"), random_int(rng, "medium")])
        ifmt.add(str(v), spec, outcome(lambda: format(v, spec)))
    for spec in ("9999999999", "09999999999", "<9999999999c"):
        ifmt.add("65", spec, outcome(lambda: format(65, spec)))
    for v in (10**4299, 10**4300, -(10**4300)):
        text = str(v)
        for spec in ("", "d", ",", "x", "b", "n", "e"):
            with max_str_digits(4300):
                result = outcome(lambda: format(v, spec))
            ifmt.add(text, spec, result)
    tables.append(("kIntFormatCases", ifmt))

    sfmt = Table("StrFormatCase", [("std::string_view", "text"), ("std::string_view", "spec"),
                                   ("std::string_view", "result")],
                 "s, a format spec and CPython's format(s, spec)")
    texts = ["", "a", "abc", "hello world", "한국어", "日本語のテキスト", "mixed 한 and ascii",
             "\U0001F600 emoji", "tab\tand\nnewline", "x" * 40]
    str_fixed = ["", "s", "10", "<10", ">10", "^10", "*^11", "0", "05", "010s", ".2", ".0",
                 "10.3", "^9.1s", "한>7", "=5", "+", "-", " ", "z", "#", ",", "_", "d", "x",
                 "xx", ".", "0<8", "0=8", "\u0663\u0660", ".\u0662"]
    for t in texts:
        for spec in str_fixed:
            sfmt.add(t, spec, outcome(lambda: format(t, spec)))
    for spec in ("9999999999", "^9999999999.3"):
        sfmt.add("abc", spec, outcome(lambda: format("abc", spec)))
    for _ in range(700):
        t = rng.choice(texts)
        spec = "".join([rng.choice(FILL_ALIGN), rng.choice(["", "", "", "", "+", " "]),
                        "0" if rng.random() < 0.15 else "", rng.choice(WIDTHS),
                        rng.choice(["", "", "", "", "", "", ","]),
                        rng.choice(["", "", ".0", ".1", ".3", ".8", ".50"]),
                        rng.choice(["", "", "s", "s", "d"])])
        sfmt.add(t, spec, outcome(lambda: format(t, spec)))
    tables.append(("kStrFormatCases", sfmt))

    pint = Table("PrintfIntCase", [("std::string_view", "value"), ("std::string_view", "flags"),
                                   ("std::int64_t", "width"), ("std::int64_t", "precision"), ("char", "conversion"),
                                   ("std::string_view", "result")],
                 "n, %-flags, width, precision (-1 = none), conversion and CPython's '%...' % n")
    pflt = Table("PrintfFloatCase", [("std::string_view", "bits"), ("std::string_view", "flags"),
                                     ("std::int64_t", "width"), ("std::int64_t", "precision"),
                                     ("char", "conversion"), ("std::string_view", "result")],
                 "x (bits), %-flags, width, precision (-1 = none), conversion and CPython's "
                 "'%...' % x")
    flag_sets = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#0", "- ", "-+#0",
                 "0-", "# "]
    for _ in range(2500):
        v = rng.choice([rng.randint(-300, 300), random_int(rng, "small"), 0,
                        random_int(rng, "medium")])
        flags = rng.choice(flag_sets)
        width = rng.choice([-1, -1, 0, 1, 3, 8, 12, 30])
        prec = rng.choice([-1, -1, -1, 0, 1, 3, 8, 25])
        conv = rng.choice("diuoxX")
        pint.add(str(v), flags, width, prec, conv,
                 outcome(lambda: printf_format(flags, width, prec, conv) % v))
    for v in (10**4299, -(10**4300)):
        text = str(v)
        for conv in "dox":
            with max_str_digits(4300):
                result = outcome(lambda: printf_format("", -1, -1, conv) % v)
            pint.add(text, "", -1, -1, conv, result)
    for _ in range(3000):
        x = rng.choice(doubles)
        flags = rng.choice(flag_sets)
        width = rng.choice([-1, -1, 0, 1, 5, 10, 15, 30])
        prec = rng.choice([-1, -1, 0, 1, 2, 3, 6, 10, 17, 30])
        conv = rng.choice("eEfFgG")
        pflt.add(bits_of(x), flags, width, prec, conv,
                 outcome(lambda: printf_format(flags, width, prec, conv) % x))
    for width in (9999999999, 5000000000):
        pint.add("1", "", width, -1, "d", outcome(lambda: printf_format("", width, -1, "d") % 1))
        pflt.add(bits_of(1.5), "", width, -1, "f",
                 outcome(lambda: printf_format("", width, -1, "f") % 1.5))
    tables.append(("kPrintfIntCases", pint))
    tables.append(("kPrintfFloatCases", pflt))

    pchr = Table("PrintfCharCase", [("std::string_view", "value"), ("std::string_view", "flags"),
                                    ("int", "width"), ("std::string_view", "result")],
                 "an int, %-flags, width and CPython's '%...c' % n")
    for v in [0, 32, 65, 0x7F, 0xE9, 0xAC00, 0x1F600, 0x10FFFF, 0x110000, -1, 2**64, 10]:
        for flags in ("", "-", "0", "+", "#", "-0"):
            for width in (-1, 0, 1, 4):
                pchr.add(str(v), flags, width,
                         outcome(lambda: printf_format(flags, width, -1, "c") % v))
    tables.append(("kPrintfCharCases", pchr))

    ptxt = Table("PrintfTextCase", [("std::string_view", "text"), ("std::string_view", "flags"),
                                    ("std::int64_t", "width"), ("std::int64_t", "precision"),
                                    ("std::string_view", "result")],
                 "a str, %-flags, width, precision and CPython's '%...s' % text")
    for t in ["", "abc", "한국어 텍스트", "日本", "\U0001F600x", "longer text here"]:
        for flags in ("", "-", "0", "+", " #"):
            for width in (-1, 2, 8):
                for prec in (-1, 0, 2, 5):
                    ptxt.add(t, flags, width, prec,
                             outcome(lambda: printf_format(flags, width, prec, "s") % t))
    tables.append(("kPrintfTextCases", ptxt))

    rnd = Table("FloatRoundCase", [("std::string_view", "bits"), ("std::int64_t", "ndigits"),
                                   ("std::string_view", "result")],
                "x (bits), ndigits and CPython's round(x, ndigits) (bits)")
    for x in doubles + [2.675, 1.005, 0.285, 2.5, 25.0, 35.0, 15.0, 150.0, 250.0, 1.5e300,
                        1.7e308, -1.7e308, 9.5e307, 5e-324, 0.5e-300]:
        for nd in (0, 1, 2, 3, 5, -1, -2, -5, -20, -100, -300, -308, -309, 100, 300, 323, 324,
                   10**6, -(10**6)):
            rnd.add(bits_of(x), nd, float_outcome(lambda: round(x, nd)))
    tables.append(("kFloatRoundCases", rnd))

    arith = Table("FloatArithCase", [("std::string_view", "a"), ("std::string_view", "b"),
                                     ("std::string_view", "truediv"),
                                     ("std::string_view", "floordiv"),
                                     ("std::string_view", "mod"), ("std::string_view", "divmod"),
                                     ("std::string_view", "pow")],
                  "a, b (bits) and CPython's a/b, a//b, a%b, divmod(a,b), a**b (bits)")
    operands = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -2.5, 10.0, 7.0,
                -7.0, 1e300, -1e300, 1e-300, 1e308, 5e-324, math.inf, -math.inf, math.nan, 0.1,
                100.0, 1 / 3, 2.0**53, 1e16, 3.5, -0.25, 1e-5, 2.0**-1074, 0.9999999999999999,
                1.0000000000000002, 1e10, 63.0, 64.0, -63.0, 1.1, 2.5e-10]
    pairs = [(a, b) for a in operands for b in operands]
    for _ in range(1200):
        pairs.append((rng.choice(doubles), rng.choice(doubles)))

    def dm(a, b):
        q, m = divmod(a, b)
        return bits_of(q) + "," + bits_of(m)

    def power(a, b):
        # A negative finite base with a finite non-integer exponent takes CPython's complex
        # power (whose result, or OverflowError "complex exponentiation", is complex
        # arithmetic); loopstep's float_pow reports that path as ComplexResult.
        if (a < 0 and not math.isinf(a) and math.isfinite(b) and b != math.floor(b)):
            return ERR + "ComplexResult"
        return outcome(lambda: a ** b, show_complex_aware)

    for a, b in pairs:
        arith.add(bits_of(a), bits_of(b), float_outcome(lambda: a / b),
                  float_outcome(lambda: a // b), float_outcome(lambda: a % b),
                  outcome(lambda: dm(a, b)), power(a, b))
    tables.append(("kFloatArithCases", arith))

    ipow = Table("IntPowFloatCase", [("std::string_view", "base"), ("std::string_view", "exp"),
                                     ("std::string_view", "result")],
                 "n, e < 0 and CPython's n ** e (bits)")
    for base in (0, 1, -1, 2, -2, 3, 10, -10, 7, 2**53 + 1, 10**20, 2**1023, 2**1024, -(2**1100)):
        for e in (-1, -2, -3, -10, -50, -1074, -1075, -(2**1100)):
            ipow.add(str(base), str(e), float_outcome(lambda: base ** e))
    tables.append(("kIntPowFloatCases", ipow))

    fparse = Table("FloatParseCase", [("std::string_view", "text"),
                                      ("std::string_view", "result")],
                   "text and CPython's float(text) (bits)")
    ftexts = ["0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", ".", "-.5e-3", "1e5", "1E5", "1e+5",
              "1e-5", "1e", "1e+", "e5", "1.e3", "  1.5  ", "\t-2\n", "1_000.5", "1__0", "_1",
              "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1_0e1_0", "0x1p3", "inf", "-inf", "+inf",
              "INF", "iNfInItY", "infinity", "-Infinity", "infinit", "infx", "nan", "-nan",
              "NaN", "+nAn", "nan(1)", "inf_", "", " ", "  ", "1 2", "1,5", "١.٥", "٣", "１２.５",
              "\u30001.5\u3000", "\u00a01e3", "1.5\x00", "1e500", "-1e500", "1e-500", "-1e-500",
              "2.2250738585072014e-308", "4.9e-324", "2.4703282292062327e-324",
              "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308",
              "1.7976931348623159e308", "0.1", "0.30000000000000004", "9007199254740993",
              "123456789012345678901234567890", "0." + "0" * 400 + "1", "1" + "0" * 400,
              "0e99999999999999999999", "1e-99999999999999999999", "1e99999999999999999999",
              "00000000000000000000001.5", "1.5e0000000000000000000003", "+-1", "--1", "1e1.5",
              "\x1c1", "1\x1c", "\x0b1\x0c", "it's", "tab\there", "한국"]
    for _ in range(400):
        x = rng.choice(doubles)
        t = repr(x) if rng.random() < 0.5 else "%.*e" % (rng.randint(0, 25), x)
        ftexts.append(t)
    for _ in range(200):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
        cut = rng.randint(0, len(digits))
        ftexts.append(digits[:cut] + "." + digits[cut:] + "e" + str(rng.randint(-340, 320)))
    for t in ftexts:
        fparse.add(t, float_outcome(lambda: float(t)))
    tables.append(("kFloatParseCases", fparse))

    srepr = Table("StrReprCase", [("std::string_view", "text"), ("std::string_view", "repr")],
                  "a str and CPython's repr(text), as error messages quote it")
    for t in ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t",
              "nl\n", "cr\r", "\x00\x01\x1f\x7f", "\x80\x9f", "\xa0nbsp", "\xadsoft",
              "\u00e9t\u00e9", "한국어", "日本語", "\u3000wide space", "\u2028line",
              "\u200bzero width", "\ufeffbom", "\U0001F600", "١٢٣", "１２３", "\ud800",
              "\U000e0001tag", "mixed\u2003\u0663x"]:
        srepr.add(t, repr(t))
    tables.append(("kStrReprCases", srepr))
    return tables


def main():
    # A ceiling on memory, so that the few cases asking for gigabytes fail the way they do on a
    # machine without that much to give (MemoryError) instead of succeeding slowly.
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    outdir = sys.argv[1] if len(sys.argv) > 1 else "tests/unit"
    sys.set_int_max_str_digits(0)
    rng = random.Random(20231114)
    header = ("// Generated by `/usr/bin/python3 tools/gen_numeric_cases.py tests/unit` with Python "
              "%s. Do not edit:\n// every expected value below is CPython's own answer.\n"
              "#pragma once\n#include <cstdint>\n#include <string_view>\n\n"
              "using namespace std::string_view_literals;\n\n" % sys.version.split()[0])
    with open(outdir + "/bigint_cases.inc", "w", encoding="utf-8") as f:
        f.write(header)
        for var, table in gen_bigint(rng):
            f.write(table.render(var))
            f.write("\n")
    with open(outdir + "/number_format_cases.inc", "w", encoding="utf-8") as f:
        f.write(header)
        for var, table in gen_number_format(rng):
            f.write(table.render(var))
            f.write("\n")


if __name__ == "__main__":
    main()
