#!/usr/bin/python3
"""Extracts the Python code examples of the source documents (shared/seeds/*.txt) into
separate .py files, for tools/check_parser.py: fenced ``` blocks, and indented blocks that
look like code. Some examples are deliberately old Python (asyncio.async, @asyncio.coroutine);
whatever they are, loopstep's parser must say what CPython says about them.

    /usr/bin/python3 tools/extract_seed_code.py SEEDS_DIR OUT_DIR
"""
import glob
import os
import re
import sys
import textwrap

CODE_LINE = re.compile(r'^(import |from |async def |def |class |await |\w+ = |asyncio\.)', re.M)


def blocks_of(text):
    blocks = [m.group(1) for m in re.finditer(r'```[a-zA-Z0-9]*\n(.*?)```', text, re.S)]
    current = []

    def flush():
        if current:
            block = textwrap.dedent('\n'.join(current)).strip('\n') + '\n'
            if CODE_LINE.search(block):
                blocks.append(block)
            current.clear()

    for line in text.split('\n'):
        if line.startswith('   ') or (current and not line.strip()):
            current.append(line)
        else:
            flush()
    flush()
    return blocks


def main():
    seeds, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    n = 0
    for path in sorted(glob.glob(os.path.join(seeds, '*.txt'))):
        with open(path, encoding='utf-8') as f:
            for block in blocks_of(f.read()):
                n += 1
                name = '%s_%03d.py' % (os.path.basename(path)[:3], n)
                with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
                    f.write(block)
    print('%d code blocks written to %s' % (n, out))


main()
