# Conformance: format specs in f-strings: fill/align, sign, width, precision, grouping, types.
n = 1234567.891
i = 255
print(f"[{i:d}] [{i:5d}] [{i:<5d}] [{i:^5}] [{i:>05}] [{i:+d}] [{-i: d}] [{i: d}]")
print(f"[{i:x}] [{i:X}] [{i:#x}] [{i:o}] [{i:#o}] [{i:b}] [{i:#b}] [{i:08b}] [{i:c}]")
print(f"[{n:.2f}] [{n:,.2f}] [{n:_.1f}] [{n:e}] [{n:.3E}] [{n:g}] [{n:.3g}] [{n:%}] [{0.25:.0%}]")
print(f"[{n:15.3f}] [{n:<15.3f}] [{n:^15.1f}] [{n:*>15,.0f}] [{-n:015.2f}] [{n:=+15.2f}]")
print(f"[{1234567:,}] [{1234567:_}] [{0xFFFFFFFF:_x}] [{-1234:,}]")
print(f"[{'left':<10}] [{'right':>10}] [{'mid':^10}] [{'mid':-^9}] [{'trunc':.3}] [{'x':!<4}]")
print(f"[{3.14159:.0f}] [{2.5:.0f}] [{0.5:.0f}] [{1.5:.0f}] [{1e16:f}] [{1e-5:f}] [{1e-5:g}]")
print(f"[{123.456:10.2e}] [{0.0001234:g}] [{12345678.9:g}] [{1e100:.2g}] [{-0.0:f}] [{0.1:.20f}]")
print(f"[{True:d}] [{True}] [{False:>6}] [{5:.2f}] [{7:e}] [{3:%}]")
print(f"[{'s':5}] [{5:5}] [{1.5:5}] [{None!s:>6}]")
print(f"[{float('inf'):8.2f}] [{float('nan'):^7}] [{-float('inf'):+}]")
print(f"[{12:#06x}] [{-12:#06x}] [{42:+08.2f}] [{1e6:,.0f}] [{0.000001:.2e}]")
for value, spec in [("abc", "d"), (1.5, "d"), (5, "s"), ("x", ","), (1, "=^5s")]:
    try:
        print(f"{value:{spec}}")
    except ValueError as exc:
        print("ValueError:", exc)
