# title: Closing async generators with aclosing
# topic: Async generators
# level: advanced
# summary: The same generators, each used inside async with contextlib.aclosing(...). Leaving
#   an async with block awaits the generator's aclose(), so each cleanup runs right there, in
#   main()'s task and in order: rows() finishes its cleanup before cursor() starts its own,
#   and the assertion holds.
# title.ko: aclosing으로 비동기 제너레이터 닫기
# summary.ko: 같은 제너레이터를 각각 async with contextlib.aclosing(...) 안에서 사용합니다.
#   async with 블록을 벗어날 때 제너레이터의 aclose()를 await 하므로, 각 정리가 바로 그
#   자리에서 main()의 태스크 안에서 순서대로 실행됩니다. rows()가 정리를 마친 뒤에 cursor()가
#   정리를 시작하고, 단언(assert)은 성립합니다.
# title.ja: aclosing で非同期ジェネレータを閉じる
# summary.ja: 同じジェネレータを、それぞれ async with contextlib.aclosing(...) の中で使います。
#   async with ブロックを抜けるときにジェネレータの aclose() を await するので、それぞれの後始末はその場で、main() のタスクの中で順番に実行されます。
#   rows() が後始末を終えてから cursor() が自分の後始末を始め、assert は成り立ちます。
# twin: 04_asyncgen_finalization.py
import asyncio
import contextlib
import time

START = time.monotonic()  # the event loop's clock is time.monotonic()
work_done = False


def now():
    return f"{time.monotonic() - START:.1f}"


async def cursor():
    try:
        yield 1
    finally:
        print(f"{now()} cursor: cleanup, rows finished = {work_done}")
        assert work_done


async def rows():
    global work_done
    try:
        yield 2
    finally:
        print(f"{now()} rows: cleanup starts")
        await asyncio.sleep(0.1)  # imitate some async work
        work_done = True
        print(f"{now()} rows: cleanup done")


async def main():
    async with contextlib.aclosing(cursor()) as cursor_gen:
        async for c in cursor_gen:
            async with contextlib.aclosing(rows()) as rows_gen:
                async for r in rows_gen:
                    break
            break
    print(f"{now()} main: done")


asyncio.run(main())
