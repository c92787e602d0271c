# title: A blocking call moved to a thread
# topic: Blocking code
# level: beginner
# summary: The same program, with the blocking call run as
#   await asyncio.to_thread(fetch_report). The function now sleeps in a worker thread of the
#   default executor, the request task waits for its result without blocking, and the event
#   loop keeps the heartbeat on time while the report is fetched.
# title.ko: 블로킹 호출을 스레드로 옮기기
# summary.ko: 같은 프로그램에서 블로킹 호출을 await asyncio.to_thread(fetch_report)로 실행합니다.
#   이제 함수는 기본 실행기(executor)의 작업 스레드에서 잠들고, 요청 태스크는 블로킹 없이 그
#   결과를 기다리며, 보고서를 가져오는 동안에도 이벤트 루프는 하트비트를 제시간에 실행합니다.
# title.ja: ブロッキング呼び出しをスレッドへ移す
# summary.ja: 同じプログラムで、ブロッキング呼び出しを await asyncio.to_thread(fetch_report) として実行します。
#   関数はデフォルトのエグゼキュータのワーカースレッドで眠り、リクエストのタスクはブロックせずに結果を待ちます。
#   レポートを取得している間も、イベントループはハートビートを時間どおりに実行します。
# twin: 02_blocking_call.py
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
    report = await asyncio.to_thread(fetch_report)  # FIX: block a worker thread instead
    print(f"{now()} request: got the {report}")


async def main():
    await asyncio.gather(heartbeat(), handle_request())


asyncio.run(main())
