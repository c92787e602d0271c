# title: Async generator finalization order
# topic: Async generators
# level: advanced
# summary: main() leaves two nested async for loops with break, so neither generator
#   finishes, and neither finally block runs at the break. The event loop closes each abandoned
#   generator later, in a task of its own; here that happens only after main() has returned,
#   while asyncio.run() shuts down. rows() starts its cleanup first but has to await; meanwhile
#   cursor() cleans up and asserts that rows() is done, which it is not. asyncio.run() reports
#   the AssertionError, and the program still exits with status 0.
# title.ko: 비동기 제너레이터의 정리 순서
# summary.ko: main()이 중첩된 두 async for 루프를 break로 빠져나오므로 두 제너레이터 모두
#   끝나지 않고, 두 finally 블록도 break 시점에는 실행되지 않습니다. 버려진 제너레이터는 나중에
#   이벤트 루프가 각각 별도의 태스크에서 닫는데, 여기서는 main()이 반환된 뒤 asyncio.run()이
#   종료하는 도중에야 닫힙니다. rows()가 먼저 정리를 시작하지만 await 해야 하고, 그 사이에
#   cursor()가 정리하면서 rows()가 끝났다고 단언(assert)하지만 아직 끝나지 않았습니다.
#   asyncio.run()은 이 AssertionError를 보고하고, 프로그램은 그래도 종료 상태 0으로 끝납니다.
# title.ja: 非同期ジェネレータの後始末の順序
# summary.ja: main() は入れ子になった二つの async for ループを break で抜けるので、どちらのジェネレータも終わらず、二つの finally ブロックも break の時点では実行されません。
#   放棄されたジェネレータは後でイベントループがそれぞれ別のタスクで閉じますが、ここでは main() が戻った後、asyncio.run() の終了処理の中でようやく閉じられます。
#   rows() が先に後始末を始めますが await しなければならず、その間に cursor() が後始末をして rows() が終わったことを assert しますが、まだ終わっていません。
#   asyncio.run() はこの AssertionError を報告し、それでもプログラムは終了ステータス 0 で終わります。
# twin: 04_asyncgen_finalization_fixed.py
import asyncio
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
    async for c in cursor():
        async for r in rows():
            break  # leaves rows() unfinished
        break  # leaves cursor() unfinished
    print(f"{now()} main: done")


asyncio.run(main())
