# Conformance: f-strings: expressions, method calls, quotes, braces escaping, multi-part and nesting.
name = "Ada"
age = 36
items = ["x", "y"]
print(f"{name} is {age}")
print(f"{name.upper()} {age + 1} {items[0]} {len(items)} {age > 30}")
print(f"{{literal braces}} {{{name}}}")
print(f'{"double" + "quoted"}', f"{'single'}")
print(f"{3.0} {1e16} {0.1 + 0.2} {None} {[1, 'a']} {(1,)} {{'k': 1}}")
print(f"{ {'k': 1} }", f"{ {1, 2} }")
print(f"{name!r:>8}|{age:<5}|")
print(f"a" f"b" "c" f"{name}")
print(f"{'nested ' + f'{age}'}")
print(f"{(lambda x: x * 2)(21)}", f"{[i for i in range(3)]}")
print(f"{name if age > 18 else 'minor'}")
x = 10
print(f"{x = }", f"{x*2=}", f"{name=!s}", f"{x=:>5}")
print(f"multi\nline\t{x}")
print(f"""triple {name}
second line {age}""")
obj = {"key": "value"}
print(f"{obj['key']}")
print(f"{'%d' % 5}", f"{x:{'>'}{6}}")
