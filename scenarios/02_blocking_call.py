# title: A blocking call stalls the event loop
# topic: Blocking code
# level: beginner
# summary: handle_request() calls fetch_report(), an ordinary function that sleeps with
#   time.sleep(1.0), as a slow library call would. It never awaits, so for that whole second
#   the event loop cannot run anything else: the heartbeat due at 0.3 comes at 1.0, and every
#   beat after it is 0.7 s late.
# title.ko: 블로킹 호출이 이벤트 루프를 멈춘다
# summary.ko: handle_request()는 느린 라이브러리 호출처럼 time.sleep(1.0)으로 잠드는 평범한
#   함수 fetch_report()를 호출합니다. 이 함수는 await 하지 않으므로 그 1초 동안 이벤트 루프는
#   다른 어떤 것도 실행할 수 없습니다. 0.3초에 와야 할 하트비트가 1.0초에 오고, 그 뒤의
#   하트비트도 모두 0.7초씩 늦습니다.
# title.ja: ブロッキング呼び出しがイベントループを止める
# summary.ja: handle_request() は、遅いライブラリ呼び出しのように time.sleep(1.0) で眠る普通の関数 fetch_report() を呼び出します。
#   この関数は await しないため、その 1 秒間、イベントループは他に何も実行できません。
#   0.3 秒に来るはずのハートビートは 1.0 秒に来て、その後のハートビートもすべて 0.7 秒遅れます。
# twin: 02_blocking_call_fixed.py
import asyncio
import time

START = time.monotonic()  # the event loop's clock is time.monotonic()


def now():
    return f"{time.monotonic() - START:.1f}"


def fetch_report():
    time.sleep(1.0)  # a slow, synchronous call: it holds the thread and never yields
    return "report"


async def heartbeat():
    for beat in range(6):
        late = time.monotonic() - START - beat * 0.3
        note = f" ({late:.1f} s late)" if late > 0.05 else ""
        print(f"{now()} heartbeat {beat}{note}")
        await asyncio.sleep(0.3)


async def handle_request():
    print(f"{now()} request: fetching the report")
    report = fetch_report()  # BUG: blocks the event loop for a whole second
    print(f"{now()} request: got the {report}")


async def main():
    await asyncio.gather(heartbeat(), handle_request())


asyncio.run(main())
