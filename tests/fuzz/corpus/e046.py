lambda (x): x
