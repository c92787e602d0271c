# Conformance: printf-style formatting with %: every conversion (s r a d i u o x X e E f F g G
# c %) on ints, floats, bools, strings and other objects, single values versus tuples.
class Thing:
    def __repr__(self):
        return "Thing()"

    def __str__(self):
        return "a thing"


print("%s|%r|%a" % ("café", "café", "café"))
print("%s|%r|%a" % (Thing(), Thing(), Thing()))
print("%s %s %s %s" % (None, True, [1, "x"], {"k": (1,)}))
print("%d %i %u" % (42, -7, 3))
print("%d %d %d" % (3.99, -3.99, True))
print("%o %x %X" % (8, 255, 255), "%o %x %X" % (-8, -255, -255))
print("%e %E %f %F" % (1234.5678, 0.000123, 1 / 3, 2.5))
print("%g %G %g %g %g" % (1e-5, 1e20, 123456789.0, 0.0001, 100000.0))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
print("%c%c%c%c" % (72, "i", 0x263A, "\U0001F600"))
print("100%% done, %d%%" % 50)
print("%s" % "single", "%s" % ("tuple",), "%s" % ((1, 2),), "%s" % [3, 4])
print("%d" % 10 ** 30, "%x" % 2 ** 70, "%o" % 10 ** 20)
print("%f" % 10 ** 20, "%e" % 10 ** 20)
print("%s and %s" % ("한국어", "日本語"))
print("%ld %hd %Lf" % (1, 2, 3.5))
print("%.3s|%.0s|%.10s" % ("abcdef", "gone", "short"))
print("%r" % "it's", "%r" % 'say "hi"', "%r" % "both ' \"")
print("%d %s" % (True, False), "%i" % False)
print("no conversions" % (), "no conversions" % {}, "no conversions" % [])
print("%s" % b"bytes", "%r" % b"\x00")
print("%d" % 0, "%x" % 0, "%e" % 0, "%g" % -0.0, "%f" % -0.0)
