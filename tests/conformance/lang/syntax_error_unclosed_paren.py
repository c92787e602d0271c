# A syntax error is reported before anything runs: file, line, the source line, a caret.
print("this line never runs")
total = (1 +
         2
print(total)
