lambda /: 1
