# title: Blocking while holding a lock
# topic: Synchronization
# level: intermediate
# summary: Three print jobs share one printer, guarded by an asyncio.Lock, while a heartbeat
#   should beat every 0.25 s. Each job sends its document (an await), then renders it with
#   time.sleep(0.5) while still holding the lock. The lock makes jobs B and C wait their turn,
#   as it should, but the blocking call also freezes everything else: no heartbeat for as
#   long as a job is rendering.
# title.ko: 락을 쥔 채로 블로킹하기
# summary.ko: 세 개의 인쇄 작업이 asyncio.Lock으로 보호되는 프린터 하나를 함께 쓰고, 하트비트는
#   0.25초마다 뛰어야 합니다. 각 작업은 문서를 보낸 뒤(await) 락을 쥔 채로 time.sleep(0.5)로
#   렌더링합니다. 락 때문에 작업 B와 C가 차례를 기다리는 것은 의도한 대로지만, 블로킹 호출은
#   다른 모든 것까지 멈춥니다. 작업이 렌더링하는 동안에는 하트비트가 전혀 없습니다.
# title.ja: ロックを保持したままブロッキングする
# summary.ja: 三つの印刷ジョブが asyncio.Lock で守られた一台のプリンターを共有し、ハートビートは 0.25 秒ごとに打たれるはずです。
#   各ジョブは文書を送信し（await）、ロックを保持したまま time.sleep(0.5) でレンダリングします。
#   ロックによってジョブ B と C が順番を待つのは意図どおりですが、ブロッキング呼び出しはそれ以外のすべても止めます。
#   ジョブがレンダリングしている間、ハートビートは一度も打たれません。
# twin: 03_lock_contention_fixed.py
import asyncio
import time

START = time.monotonic()  # the event loop's clock is time.monotonic()


def now():
    return f"{time.monotonic() - START:.2f}"


async def print_job(name, printer):
    print(f"{now()} {name} waits for the printer")
    async with printer:
        print(f"{now()} {name} got the printer")
        await asyncio.sleep(0.1)  # send the document
        time.sleep(0.5)  # BUG: render while holding the lock, blocking the whole loop
        print(f"{now()} {name} releases the printer")


async def heartbeat():
    while True:
        print(f"{now()}   heartbeat")
        await asyncio.sleep(0.25)


async def main():
    printer = asyncio.Lock()
    beat = asyncio.create_task(heartbeat())
    await asyncio.gather(*(print_job(name, printer) for name in "ABC"))
    beat.cancel()


asyncio.run(main())
