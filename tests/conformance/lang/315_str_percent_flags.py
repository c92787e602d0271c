# Conformance: % formatting flags (- + space # 0), widths and precisions given inline or with *,
# and how they combine for numbers, strings and characters.
for f in ["%5d|", "%-5d|", "%05d|", "%+d|", "% d|", "%+05d|", "%-+5d|", "% 05d|", "%.3d|", "%8.3d|", "%-08.3d|", "%+.0d|"]:
    print(repr(f), f % 42, f % -42, f % 0)
for f in ["%x", "%#x", "%#X", "%#o", "%#08x", "%-#8x|", "%+#x", "% #o", "%#.4x", "%08.4X"]:
    print(repr(f), f % 255, f % -255)
for f in ["%f", "%.0f", "%#.0f", "%10.2f|", "%-10.2f|", "%010.2f", "%+.1f", "% .1f", "%+010.3f", "%.2e", "%#.0e", "%12.3E|", "%.3g", "%#.3g", "%-+12.4g|", "%010g"]:
    print(repr(f), f % 3.14159, f % -2.5, f % 1e6)
for f in ["%s|", "%10s|", "%-10s|", "%.2s|", "%8.3s|", "%-8.3s|", "%010s|", "%+s|", "%#s|", "% s|"]:
    print(repr(f), f % "text", f % "한국어텍스트")
for f in ["%c|", "%5c|", "%-5c|", "%05c|"]:
    print(repr(f), f % "x", f % 0xAC00)
print("%*d|%-*d|%*d|" % (6, 1, 6, 2, -6, 3))
print("%.*f|%.*f|%*.*f|" % (2, 3.14159, 0, 2.5, 10, 3, 2.71828))
print("%.*s|%*s|" % (3, "abcdef", 5, "ab"))
print("%.*f" % (-3, 1.23456))
print("%r|%10r|%-10a|" % ("x", "y", "é"))
print("%(a)5d|%(b)-5s|%(a)+.2f" % {"a": 7, "b": "z"})
print("%i%%" % 99, "%%%d%%" % 5, "%%s" % ())
