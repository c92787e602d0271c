#!/usr/bin/python3
"""Writes tests/unit/str_cases.inc: str, bytes and bytearray operations with CPython 3.11's
answers, for tests/unit/test_str.cpp. Each case is a Python expression from the lists below; this
script splits it into receiver, operation and arguments (with Python's ast module), evaluates it
under the CPython we compare against, and records repr() of the result or the exception's type
and message. Run with that CPython:

    /usr/bin/python3 tools/gen_str_cases.py > tests/unit/str_cases.inc

Hashes are CPython's under PYTHONHASHSEED=0, which loopstep reproduces; the script restarts
itself with that setting when it is missing.

Every text field is hex-encoded UTF-8 so that no C++ escaping is involved. Values are encoded as
space-separated tokens: N (None), T / F, i<int>, f<float repr>, s<hex> (str), b<hex> (bytes),
B<hex> (bytearray), t<n> / l<n> / d<n> (tuple, list, dict followed by n items or n key/value
pairs), S (slice followed by start, stop, step) and Y<name> (the built-in type str, bytes,
bytearray or int).
"""
import ast
import os
import warnings
import sys

CASES = r"""
# ---- split / rsplit / splitlines
'  alpha beta\tgamma\n\ndelta  '.split()
'  alpha beta\tgamma\n\ndelta  '.split(None, 1)
'  alpha beta\tgamma\n\ndelta  '.rsplit(None, 1)
'  a b  c  '.split(maxsplit=1)
'  a b  c  '.rsplit(maxsplit=0)
'a\u3000b\xa0c\u2003d\x1ce\x85f'.split()
''.split()
'   '.split()
''.split(',')
'a,b,,c,'.split(',')
'a,b,,c,'.split(',', 2)
'a,b,,c,'.rsplit(',', 2)
'a<>b<><>c'.split('<>')
'aaaa'.split('aa')
'aaaaa'.rsplit('aa')
'a b c'.split(' ', -5)
'가나다,라마'.split(',')
'東京・大阪・名古屋'.rsplit('・', 1)
'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine'.splitlines()
'a\nb\r\n\nc\r'.splitlines(True)
'x\ny'.splitlines(keepends=True)
''.splitlines()
'abc'.split('')
'abc'.rsplit('')
'abc'.split(1)
'abc'.split(',', '2')
'abc'.split(sepx=',')
'abc'.split(',', 1, 2)
'abc'.split(',', sep=',')
''.split(None, 2**70)
'a'.splitlines(True, False)
'a'.splitlines(1.5)
# ---- find / count / index
'abracadabra'.find('a')
'abracadabra'.find('a', 1)
'abracadabra'.find('a', -4)
'abracadabra'.find('a', 1, 4)
'abracadabra'.rfind('bra', 2, None)
'abracadabra'.find('ra', None, -1)
'abracadabra'.find('')
'abracadabra'.find('', 11)
'abracadabra'.find('', 12)
'abracadabra'.rfind('', -3)
'abracadabra'.find('a', 5, 2)
'abracadabra'.count('a')
'abracadabra'.count('a', 4)
'abracadabra'.count('')
'abracadabra'.count('', 5, 7)
''.count('')
''.count('', 1)
'abc'.count('', 5)
'aaaa'.count('aa')
'abracadabra'.index('cad')
'abracadabra'.rindex('abra')
'abracadabra'.index('z')
'abracadabra'.rindex('a', 1, 3)
'한국어와 日本語와 한국어'.find('한국어', 1)
'한국어와 日本語와 한국어'.rfind('한국어')
'한국어와 日本語와 한국어'.find('日本')
'한국어와 日本語와 한국어'.count('어')
'한국어와 日本語와 한국어'.index('와', -4)
'a\U0001F600b\U0001F600'.rfind('\U0001F600')
'abracadabra'.find('a', -(10 ** 30), 10 ** 30)
'abracadabra'.find('b', True)
'abracadabra'.find()
'abracadabra'.find(1)
'abracadabra'.find('a', 1, 2, 3)
'abracadabra'.index('a', '1')
'abracadabra'.count('a', 0, 2.0)
'abracadabra'.find('a', start=1)
'abracadabra'.rindex()
# ---- startswith / endswith / removeprefix
'hello, world'.startswith('hell')
'hello, world'.startswith('world', 7)
'hello, world'.startswith('world', 8)
'hello, world'.endswith('hello', 0, 5)
'hello, world'.endswith('hello', 0, 4)
'hello, world'.startswith('wor', -5)
'hello, world'.endswith('wor', -5, -2)
'abc'.startswith('', 3)
'abc'.startswith('', 4)
'abc'.endswith('', -1)
'abc'.endswith('', 2, 1)
'hello, world'.startswith(('x', 'he'))
'hello, world'.endswith(('x', 'y'))
'hello, world'.startswith(())
'안녕하세요'.startswith('안녕')
'こんにちは'.endswith('ちは')
'hello'.startswith(['he'])
'hello'.endswith(1)
'hello'.startswith(('a', 2))
'hello'.startswith()
'hello'.endswith('a', 1, 2, 3)
'TestCase'.removeprefix('Test')
'TestCase'.removesuffix('Case')
'TestCase'.removeprefix('Case')
'abc'.removeprefix('')
'abc'.removesuffix('abc')
'東京タワー'.removesuffix('タワー')
'abc'.removeprefix(1)
'abc'.removesuffix()
# ---- strip / replace
' \t\n  padded text \r\n\x0b\x0c '.strip()
' \t\n  padded text \r\n\x0b\x0c '.lstrip()
' \t\n  padded text \r\n\x0b\x0c '.rstrip()
'\u3000\u2002 mid \xa0\u2029'.strip()
'xxyhixyx'.strip('xy')
'www.example.com'.lstrip('w.')
'3.1400000'.rstrip('0')
'aaaa'.strip('a')
'  x '.strip('')
'★☆★별☆★'.strip('★☆')
'abc'.strip(1)
'abc'.strip('a', 'b')
'abc'.strip(chars='a')
'one two one two one'.replace('one', '1')
'one two one two one'.replace('one', '1', 2)
'one two one two one'.replace('one', '1', 0)
'one two one two one'.replace('three', '3')
'abc'.replace('', '-')
'abc'.replace('', '-', 2)
''.replace('', 'x')
'aaaa'.replace('aa', 'b')
'사과와 배와 사과'.replace('사과', 'apple')
'tea'.replace('e', 'é')
'abc'.replace(1, 'x')
'abc'.replace('a', 2)
'abc'.replace('a')
'abc'.replace('a', 'b', 'c')
'abc'.replace('a', 'b', count=1)
# ---- join / partition
', '.join(['a', 'b', 'c'])
'-'.join(('x', 'y'))
'.'.join('abc')
'x'.join([])
'x'.join(['only'])
' · '.join(['서울', '東京', 'Zürich'])
','.join(['a', 1])
','.join([None])
','.join(5)
','.join()
','.join('a', 'b')
'key=value=more'.partition('=')
'key=value=more'.rpartition('=')
'key=value=more'.partition(':')
'key=value=more'.rpartition(':')
'이름: 홍길동'.partition(': ')
'key'.partition('')
'key'.partition(1)
'key'.rpartition()
# ---- case mapping
'hello World'.upper()
'straße'.upper()
'İstanbul'.lower()
'ﬁnal ﬂow'.upper()
'ΣΟΦΙΑ ΟΔΟΣ'.lower()
'ὈΔΥΣΣΕΎΣ'.lower()
'Москва'.upper()
'ǆemal ǈuka'.title()
'ǆa'.capitalize()
'ßa'.capitalize()
'ﬁx'.title()
'ΑΣ'.lower()
'ΑΣ Σ'.lower()
'ΑΣa'.lower()
'AΣ.'.lower()
"ΑΣ'Α".lower()
'ΣΑΣ ΣΑΣ. Σ ΑΣ1'.lower()
'ΣΑΣ'.swapcase()
'ΑΣ'.title()
"they're bill's friends".title()
'Straße'.swapcase()
'ß'.casefold()
'ŉ ǰ ΐ'.upper()
'ᾳ ᾼ ﬃ'.upper()
'ᾳ ᾼ ﬃ'.title()
'ᾳ ᾼ ﬃ'.casefold()
'日本語テキスト'.upper()
'한국어 텍스트'.swapcase()
'mIxEd 123 ÀÉÎ'.swapcase()
'mIxEd 123 ÀÉÎ'.capitalize()
'a'.upper(1)
'a'.lower(x=1)
str.upper('abc')
str.upper(5)
str.lower()
# ---- predicates
'abc'.isalpha()
'Ünïcödé'.isalpha()
'名前'.isalpha()
'Ⅻ'.isalpha()
'a\u0301'.isalpha()
''.isalpha()
'abc123'.isalnum()
'½'.isalnum()
'123'.isdecimal()
'٣٤٥'.isdecimal()
'²³'.isdecimal()
'²³'.isdigit()
'½'.isdigit()
'½'.isnumeric()
'一二三'.isnumeric()
'೬'.isdigit()
' \t\n'.isspace()
'\u3000\x1c'.isspace()
''.isspace()
'abc'.islower()
'a1'.islower()
'ª'.islower()
'ʰ'.islower()
'ABC'.isupper()
'123'.isupper()
'Ⓐ'.isupper()
'Hello World'.istitle()
'Hello world'.istitle()
'ǅungla'.istitle()
'Aǅ'.istitle()
''.istitle()
'_private'.isidentifier()
'2fast'.isidentifier()
'변수'.isidentifier()
'x²'.isidentifier()
''.isidentifier()
''.isprintable()
'tab\t'.isprintable()
'\xa0'.isprintable()
'\u200b'.isprintable()
'\U0001F600'.isprintable()
'é'.isascii()
''.isascii()
'x'.isdigit(1)
# ---- padding
'ab'.center(7, '*')
'abc'.center(6, '-')
'x'.center(6)
'x'.center(4, '*')
'xy'.center(5, '*')
'ab'.ljust(5, '.')
'ab'.rjust(5, '0')
'abcdef'.rjust(3)
'제목'.center(8, '═')
'go'.center(6, '\U0001F600')
'a'.center(5, 'ab')
'a'.ljust(5, '')
'a'.rjust(5, 0)
'a'.center('5')
'a'.ljust(5.0)
'a'.rjust()
'a'.center(5, fillchar='*')
'-42'.zfill(6)
'+'.zfill(3)
'ab'.zfill(1)
'-0.5'.zfill(6)
''.zfill(3)
'1'.zfill()
'1'.zfill('3')
'a\tbc\tdef\tg\n\tx\r12\ty'.expandtabs()
'a\tbc\tdef\tg\n\tx\r12\ty'.expandtabs(4)
'a\tbc'.expandtabs(0)
'a\tbc'.expandtabs(-2)
'a\tb'.expandtabs(tabsize=3)
'가\t나다\t라'.expandtabs(4)
'a'.expandtabs('4')
# ---- encode / translate
'naïve café – 東京 \U0001F600'.encode()
'naïve café – 東京 \U0001F600'.encode('ascii', 'ignore')
'naïve café – 東京 \U0001F600'.encode('ascii', 'replace')
'naïve café – 東京 \U0001F600'.encode('ascii', 'backslashreplace')
'naïve café – 東京 \U0001F600'.encode('latin-1', 'xmlcharrefreplace')
'Ünïcödé'.encode('iso-8859-1')
'abc\xe9'.encode('ascii')
'ab\u4e2d\u6587cd'.encode('latin1')
'\U0001F600'.encode('latin-1')
'a\udc80b'.encode('utf-8')
'\ud800\udc00'.encode()
'a\udcffb'.encode('utf-8', 'surrogateescape')
'x'.encode('klingon')
'é'.encode('ascii', 'shrug')
'e'.encode('ascii', 'shrug')
'x'.encode(1)
'é'.encode(errors='replace', encoding='ascii')
'x'.encode('UTF8')
str.maketrans('abc', 'xyz')
str.maketrans('ab', 'cd', 'ef')
str.maketrans({'a': '1', 'b': None, 99: 'three'})
'the quick brown fox'.translate({97: 'A', 101: None, 111: 48})
'abc'.translate({97: 'alpha ', 98: None, 99: 100})
'a'.translate({97: 1.5})
'a'.translate({97: 0x110000})
'a'.translate(5)
str.maketrans('ab')
str.maketrans({'ab': 1})
str.maketrans({1.5: 1})
str.maketrans('abc', 'd')
str.maketrans('a', 'b', 3)
str.maketrans()
# ---- str.format
'{} + {} = {}'.format(1, 2, 3)
'{1} {0} {1}'.format('a', 'b')
'{name} is {age}'.format(name='Ada', age=36)
'{0[1]} {0[-1]}'.format([10, 20])
'{0[1]}'.format([10, 20])
'{0[name]}'.format({'name': 'N'})
'{0.__class__.__name__}'.format(5)
'{0!s} {0!r} {1!a}'.format('x', 'café')
'{{}} {{{0}}} }}{{'.format(7)
'{٠}'.format('zero')
'{00} {01}'.format('a', 'b')
'{'.format()
'}'.format()
'a}b'.format()
'{0'.format(1)
'{0!}'.format(1)
'{0!r'.format(1)
'{0!rx}'.format(1)
'{0!x}'.format(1)
'{0.}'.format(1)
'{0..x}'.format(1)
'{0[}'.format(1)
'{0[]}'.format(1)
'{0[0]x}'.format([1])
'{}{1}'.format(1, 2)
'{1}{}'.format(1, 2)
'{5}'.format(1)
'{x}'.format()
'{ 0 }'.format(1)
'{0:{'.format(1)
'{!}'.format(1)
'{0:}}'.format(1)
'{:{:{}}}'.format(1, 2, 3)
'{a{b}'.format(1)
'{}'.format()
'{0.z}'.format(1)
'{0[z]}'.format({})
'{0[a]}'.format([1])
'{:{}}|{:{w}.{p}f}'.format('a', 4, 3.14159, w=8, p=2)
'{0:{1}}'.format(42, '>6')
'{0:>{1}}'.format(1, 'x')
'{0:{1}}'.format(1, 1.5)
'{:^9}|{:*<6}'.format('中文', 'é')
'{} {:d} {:5} {:<5}|'.format(True, True, False, True)
'{a}'.format_map({'a': 1})
'{0}'.format_map({'a': 1})
'{}'.format_map({})
'{a}'.format_map({})
'plain'.format_map(5)
'x'.format_map()
str.format('{}-{}', 1, 2)
str.format(1)
# ---- format()
format('text', '')
format('text', '<10')
format('text', '*^11')
format('text', '·>6')
format('text', '.2')
format('text', '^7.1')
format('text', 'd')
format('text', '=5')
format('text', '+5')
format('text', ',')
format('text', '#')
format(1234567, ',')
format(1234567, '_x')
format(255, '#010b')
format(9731, 'c')
format(-42, '+08.2f')
format(12345.6789, '.3')
format(12345.6789, '10.2e')
format(12345.6789, '%')
format(12345.6789, '_.2f')
format(True, '')
format(True, 'd')
format(False, '>6')
format(1, 's')
format(1, '.2')
format(1.5, '~~')
'abc'.__format__('^7')
'abc'.__format__(5)
'abc'.__format__('')
# ---- % formatting
'%s|%r|%a' % ('café', 'café', 'café')
'%s %s %s' % (None, True, [1, 'x'])
'%d %i %u' % (42, -7, 3)
'%d %d %d' % (3.99, -3.99, True)
'%o %x %X' % (-8, -255, 255)
'%e %E %f %F' % (1234.5678, 0.000123, 1 / 3, 2.5)
'%g %G %g' % (1e-5, 1e20, 123456789.0)
'%c%c%c' % (72, 'i', 0x263A)
'100%% done, %d%%' % 50
'%s' % 'single'
'%s' % ((1, 2),)
'%s' % [3, 4]
'%d' % 10 ** 30
'%x' % 2 ** 70
'%.3s|%.0s|%.10s' % ('abcdef', 'gone', 'short')
'%r' % "it's"
'no conversions' % ()
'no conversions' % {}
'no conversions' % []
'%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, -42)
'%.3d|%8.3d|%-08.3d|' % (5, -5, 5)
'%#x|%#X|%#o|%#08x|%-#8x|' % (255, 255, 8, 255, 255)
'%f|%.0f|%#.0f|%10.2f|%-10.2f|%010.2f' % (3.14159, 2.5, 1.0, 3.14159, -2.5, -3.14159)
'%.2e|%#.0e|%12.3E|%.3g|%#.3g|%010g' % (1e6, 3.0, 0.000123, 3.14159, 1.0, -2.5)
'%10s|%-10s|%.2s|%8.3s|%010s|' % ('text', 'text', 'text', 'text', 'text')
'%5c|%-5c|%05c|' % ('x', 0xAC00, 'y')
'%*d|%-*d|%*d|' % (6, 1, 6, 2, -6, 3)
'%.*f|%*.*f|' % (2, 3.14159, 10, 3, 2.71828)
'%.*f' % (-3, 1.23456)
'%(name)s is %(age)d' % {'name': 'Bob', 'age': 30}
'%(x)s %(x)r %(x)5.2f' % {'x': 1.5}
'%((nested))s|%(a(b)c)s' % {'(nested)': 1, 'a(b)c': 2}
'%s and %(a)s' % {'a': 1}
'%ld %hd %Lf' % (1, 2, 3.5)
'%d' % 'x'
'%d' % None
'%i' % [1]
'%x' % 1.5
'%o' % 'x'
'%f' % 'x'
'%c' % 'ab'
'%c' % ''
'%c' % 1.5
'%c' % 0x110000
'%c' % -1
'%s %s' % (1,)
'%s' % ()
'%s' % (1, 2)
'abc' % 5
'%y' % 1
'%y' % ()
'%5%' % (1,)
'%5%' % ()
'%é' % 1
'%' % 1
'%5' % 1
'%.' % 1
'%*' % (1,)
'%(a' % {}
'%(a)' % {'a': 1}
'%(a)s' % 1
'%(a)s' % {}
'%(a)s %s' % {'a': 1}
'%*d' % ('a', 1)
'%*s' % (2 ** 70, 1)
'%.*s' % (2 ** 40, 'x')
'%d' % float('inf')
'%d' % float('nan')
'%f' % 10 ** 400
'%(a)s' % [1]
# ---- repr / ascii / str
repr('plain')
repr("it's")
repr('say "hi"')
repr('both \' and "')
repr('back\\slash\t\n\r\x00\x07\x7f\x80\x9f\xa0\xad')
repr('café 東京 한국어 Ελληνικά')
repr('\u200b\u2028\ufeff\ue000\U0001F600\U000E0001\ud800\udcff\U0010FFFF')
repr('a\u0301\u0300\u202e\u3000')
repr('\x85\u0378\u2066\ufffe\uffff\U000E0100')
ascii('café 東京 \U0001F600 \x00')
ascii(['é', '東'])
str('x')
str(42)
str(b'abc')
str(b'caf\xc3\xa9', 'utf-8')
str(b'caf\xe9', 'utf-8', 'replace')
str(object=b'abc', encoding='ascii')
str(encoding='utf-8')
str(b'\xff', 'utf-8')
str('abc', 'utf-8')
str(5, 'utf-8')
str(b'a', 5)
str(b'a', 'nope')
str(value=1)
str(1, 2, 3, 4)
# ---- operators, indexing, len, hash
'ab' + 'cd'
'한' + '국'
'a' + 1
'a' + None
'a' + b'b'
1 + 'a'
'ab' * 3
3 * 'ab'
'ab' * 0
'ab' * -2
'x' * True
'ab' * 2.0
'ab' * 'cd'
2.5 * 'ab'
'ab' * (2 ** 70)
'b' in 'abc'
'' in ''
'ac' in 'abc'
'東' in '東京'
1 in 'abc'
None in 'abc'
'a' < 'b'
'abc' < 'abd'
'é' > 'z'
'\uffff' < '\U00010000'
'a' == 1
'a' < 1
'abcdefgh'[3]
'abcdefgh'[-1]
'abcdefgh'[2:5]
'abcdefgh'[::2]
'abcdefgh'[::-1]
'abcdefgh'[6:1:-2]
'abcdefgh'[-2::-3]
'abcdefgh'[100:]
'가나다라마바사아'[3]
'가나다라마바사아'[2:5]
'가나다라마바사아'[::-2]
'aé東\U0001F600bç'[3]
'aé東\U0001F600bç'[1:4]
'aé東\U0001F600bç'[::-1]
'aé東\U0001F600bç'[-2::-3]
'abc'[3]
'abc'[-4]
''[0]
'abc'[2 ** 70]
'abc'[-2 ** 70:2 ** 70]
'abc'[::2 ** 70]
'abc'[::-2 ** 70]
'abc'[::0]
'abc'[1.0]
'abc'['1']
'abc'[1.5:]
'abc'[None:None:None]
'abc'[True]
'abc'[1, 2]
len('')
len('東京')
len('\U0001F600\U0001F601')
hash('')
hash('a')
hash('abc')
hash('é')
hash('東京')
hash('\U0001F600')
hash('hello world')
list('a東\U0001F600')
'a'.__add__(1)
'a'.__mul__('b')
'a'.__rmul__(2)
'a'.__eq__(1)
'a'.__lt__(1)
'ab'.__contains__('b')
'ab'.__getitem__(slice(1, None))
str.__hash__(1)
str.__new__(str, 5)
str.__new__(int)
str.__new__(1)
str.__new__()
''.__len__(1)
# ---- bytes
repr(b"it's")
repr(b'\'"')
repr(b'\\\t\n\r\x00\x7f\x80\xff')
str(b"a'b")
bytes()
bytes(3)
bytes([65, 66, 67])
bytes((0, 255))
bytes('é', 'utf-8')
bytes('abc', encoding='ascii')
bytes(bytearray(b'ba'))
bytes(True)
bytes(-1)
bytes('abc')
bytes(5, 'utf-8')
bytes(b'x', errors='strict')
bytes([1, 256])
bytes(['a'])
bytes(2.5)
bytes(None)
bytes('é', 'ascii')
bytes('a', 1)
bytes(x=1)
b'hello, world'[0]
b'hello, world'[-1]
b'hello, world'[:5]
b'hello, world'[::-1]
b'hello, world'[20]
b'hello'['a']
list(b'abc')
b'a' == b'a'
b'ab' < b'abc'
b'\xff' > b'a'
b'a' == 'a'
b'a' < 'b'
hash(b'')
hash(b'a')
hash(b'abc')
hash(b'\x00\xff')
b'ab' + b'cd'
b'a' + bytearray(b'b')
b'a' + 'b'
b'a' + 1
b'ab' * 3
2 * b'x'
b'ab' * -1
b'ab' * 1.5
b'b' in b'abc'
98 in b'abc'
'a' in b'abc'
256 in b'abc'
len(b'abc')
'h\xe9llo'.encode().decode()
b'abc'.decode('ascii')
b'\xe9'.decode('latin-1')
b'a\xff'.decode(errors='replace')
b'\xff'.decode()
b'a\x80b'.decode()
b'\xe2\x82'.decode()
b'\xe2\x82x'.decode()
b'\xed\xa0\x80'.decode()
b'\xf0\x9f\x98'.decode()
b'\xf0\x9fx'.decode()
b'\xc0\xaf'.decode()
b'\xf5\x80'.decode()
b'\xe0\x80\x80'.decode()
b'\xf4\x90\x80\x80'.decode()
b'ok\xe2\x82\xac\xe2'.decode('utf-8', 'replace')
b'\xe2\x82x\xf0\x9f'.decode('utf-8', 'replace')
b'a\xffb\xfe'.decode('utf-8', 'ignore')
b'a\xffb'.decode('utf-8', 'backslashreplace')
b'a\xffb'.decode('utf-8', 'surrogateescape')
b'a\xffb'.decode('ascii')
b'\xff\xfe'.decode('ascii')
b'x'.decode('rot13x')
b'\xff'.decode('utf-8', 'foo')
b'a'.decode(1)
b'\x00\xffab'.hex()
b'abcdef'.hex(':')
b'abcdef'.hex('-', 2)
b'abcde'.hex(' ', -2)
b'abcdef'.hex(b'-', 4)
b'ab'.hex('::')
b'ab'.hex(1)
bytes.fromhex('48 65 6c6c 6f')
bytes.fromhex(' 0a\t0B ')
bytes.fromhex('abc')
bytes.fromhex('zz')
bytes.fromhex('6 1')
bytes.fromhex(12)
b', '.join([b'a', b'b', bytearray(b'c')])
b','.join([b'a', 'b'])
b','.join([1])
b'  The Quick\tBrown  fox\n'.split()
b'  The Quick\tBrown  fox\n'.split(None, 1)
b'  The Quick\tBrown  fox\n'.rsplit(None, 1)
b'a,b,,c'.split(b',')
b'a,b,c'.rsplit(b',', 1)
b'a,b'.split(',')
b'a\nb\r\nc\rd'.splitlines()
b'a\nb\n'.splitlines(True)
b'  x \n'.strip()
b'xxhixx'.strip(b'x')
b'a'.strip('a')
b'abc'.startswith(b'a')
b'abc'.endswith((b'c', b'x'))
b'abc'.startswith('a')
b'aaa'.replace(b'a', b'b', 2)
b'ab'.replace(b'', b'-')
b'a'.replace('a', b'b')
b'hello'.find(b'l')
b'hello'.rfind(b'l')
b'hello'.find(108)
b'hello'.find(b'l', 3)
b'hello'.index(b'z')
b'hello'.rindex(111)
b'banana'.count(b'a')
b'banana'.count(b'')
b'abc'.find('a')
b'abc'.find(300)
b'k=v=w'.partition(b'=')
b'k=v=w'.rpartition(b'=')
b'kv'.partition(b'=')
b'MiXed 1'.lower()
b'MiXed 1'.upper()
b'MiXed 1'.swapcase()
b'hello world'.title()
b'hELLO'.capitalize()
b'abc'.isalpha()
b''.isdigit()
b'Ab'.islower()
b'\xe9'.isalpha()
b'ab'.center(6, b'*')
b'ab'.ljust(4)
b'abc'.center(2)
b'prefix-x'.removeprefix(b'prefix-')
b'x.txt'.removesuffix(b'.txt')
b'hello'.translate(None, b'l')
bytes.maketrans(b'ab', b'c')
bytearray(b'hello')
bytearray()
bytearray(3)
bytearray('é', 'utf-8')
bytearray(b'abc')[1]
bytearray(b'abc')[1:]
bytearray(b'ab') == b'ab'
bytearray(b'a') + b'b'
bytearray(b'Mixed Case').upper()
bytearray(b'Mixed Case').split()
bytearray(b'ab')[5]
bytearray(b'a')['x']
bytearray(1.5)
bytearray('abc')
bytearray.fromhex('4142')
hash(bytearray())
"""


def encode_value(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    t = type(v)
    if t is int:
        return "i%d" % v
    if t is float:
        return "f" + repr(v)
    if t is str:
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if t is bytes:
        return "b" + v.hex()
    if t is bytearray:
        return "B" + bytes(v).hex()
    if t is tuple:
        return " ".join(["t%d" % len(v)] + [encode_value(x) for x in v])
    if t is list:
        return " ".join(["l%d" % len(v)] + [encode_value(x) for x in v])
    if t is dict:
        items = []
        for k, x in v.items():
            items += [encode_value(k), encode_value(x)]
        return " ".join(["d%d" % len(v)] + items)
    if t is slice:
        return " ".join(["S", encode_value(v.start), encode_value(v.stop), encode_value(v.step)])
    if v in (str, bytes, bytearray, int):
        return "Y" + v.__name__
    raise ValueError("cannot encode %r" % (v,))


def hexs(text):
    return text.encode("utf-8", "surrogatepass").hex()


def value_of(node, source):
    return eval(compile(ast.Expression(node), "<case>", "eval"))


OPS = {ast.Add: "+", ast.Mult: "*", ast.Mod: "%", ast.In: "in", ast.NotIn: "not in", ast.Lt: "<",
       ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">", ast.GtE: ">="}


def split_case(source):
    """(kind, receiver, name, args, kwargs) for one expression."""
    node = ast.parse(source, mode="eval").body
    if isinstance(node, ast.Call):
        args = [value_of(a, source) for a in node.args]
        kwargs = {k.arg: value_of(k.value, source) for k in node.keywords}
        if isinstance(node.func, ast.Attribute):
            return "call", value_of(node.func.value, source), node.func.attr, args, kwargs
        return "fn", None, node.func.id, args, kwargs
    if isinstance(node, ast.BinOp):
        return "op", value_of(node.left, source), OPS[type(node.op)], [value_of(node.right, source)], {}
    if isinstance(node, ast.Compare):
        return ("op", value_of(node.left, source), OPS[type(node.ops[0])],
                [value_of(node.comparators[0], source)], {})
    if isinstance(node, ast.Subscript):
        return "op", value_of(node.value, source), "[]", [value_of(node.slice, source)], {}
    raise ValueError("unsupported case: " + source)


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv,
                  dict(os.environ, PYTHONHASHSEED="0"))
    warnings.simplefilter("ignore", SyntaxWarning)
    out = sys.stdout
    out.write("// Generated by `/usr/bin/python3 tools/gen_str_cases.py` from Python %s. "
              "Do not edit.\n" % sys.version.split()[0])
    out.write("// {kind, receiver, operation, args, kwargs, expected, source}; see the script.\n")
    for line in CASES.strip().splitlines():
        source = line.strip()
        if not source or source.startswith("#"):
            continue
        kind, obj, name, args, kwargs = split_case(source)
        try:
            result = eval(source)
            expected = repr(result)
        except Exception as exc:  # the case is about the error
            expected = "!%s: %s" % (type(exc).__name__, exc)
        fields = [kind, encode_value(obj) if kind != "fn" else "", name,
                  " ".join(encode_value(a) for a in args),
                  encode_value(kwargs) if kwargs else "", hexs(expected), hexs(source)]
        out.write("{%s},\n" % ", ".join('"%s"' % f for f in fields))


if __name__ == "__main__":
    main()
