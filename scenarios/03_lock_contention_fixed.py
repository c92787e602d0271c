# title: Awaiting while holding a lock
# topic: Synchronization
# level: intermediate
# summary: The same print jobs, rendering with await asyncio.sleep(0.5) inside the lock. While
#   a job holds the lock it is suspended, not blocking: the other jobs still wait for the
#   printer, one at a time, and the whole run takes as long as before, but the event loop
#   keeps running the heartbeat every 0.25 s.
# title.ko: 락을 쥔 채로 await 하기
# summary.ko: 같은 인쇄 작업들이 락 안에서 await asyncio.sleep(0.5)로 렌더링합니다. 락을 쥔
#   작업은 블로킹하지 않고 일시 중지될 뿐입니다. 다른 작업들은 여전히 한 번에 하나씩
#   프린터를 기다리고 전체 실행 시간도 전과 같지만, 이벤트 루프는 0.25초마다 하트비트를 계속
#   실행합니다.
# title.ja: ロックを保持したまま await する
# summary.ja: 同じ印刷ジョブが、ロックの中で await asyncio.sleep(0.5) を使ってレンダリングします。
#   ロックを保持しているジョブはブロックせず、サスペンドしているだけです。
#   他のジョブは相変わらず一つずつプリンターを待ち、全体の実行時間も前と同じですが、イベントループは 0.25 秒ごとにハートビートを実行し続けます。
# twin: 03_lock_contention.py
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
        await asyncio.sleep(0.5)  # FIX: render without blocking; the lock stays held
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
