# Conformance: printf-style % formatting: conversions, flags, width/precision, *, dict keys, errors.
print("%s %s %s" % ("text", 42, [1, 2]))
print("%r %r" % ("text", 3.0), "%a" % "caf\u00e9")
print("%d %i %5d %-5d| %05d %+d % d" % (42, 7, 3, 3, 42, 5, 5))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%%d means decimal: %d%%" % 50)
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Bo", "age": 9})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s and %s" % ("tuple", "args"), "single %s" % "arg")
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%s" % None, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s" % 1e16, "%r" % 1e-5, "%f" % 1e16, "%g" % 1e16)
errors = [
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", {"j": 1}), ("%c", 1114112), ("%c", "ab"),
]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as exc:
        print(f"{fmt!r}: {type(exc).__name__}: {exc}")
