// The interface string table; see ui_text.h. One row per string: English (the key), Korean,
// Japanese. A linear search is fine: the table is short and the panes look up a few dozen
// strings a frame.
#include "app/ui_text.h"

#include <set>

namespace loopstep::app {

namespace {

struct Row {
    const char* en;
    const char* ko;
    const char* ja;
};

constexpr Row kTable[] = {
    // menus
    {"File", "파일", "ファイル"},
    {"Open scenario...", "시나리오 열기...", "シナリオを開く..."},
    {"Reload", "다시 불러오기", "再読み込み"},
    {"Quit", "종료", "終了"},
    {"Scenarios", "시나리오", "シナリオ"},
    {"Other", "기타", "その他"},
    {"View", "보기", "表示"},
    {"Language", "언어", "言語"},
    {"Presentation mode", "발표 모드", "プレゼンテーションモード"},
    {"Larger font", "글꼴 크게", "文字を大きく"},
    {"Smaller font", "글꼴 작게", "文字を小さく"},
    {"Help", "도움말", "ヘルプ"},
    {"About loopstep", "loopstep 정보", "loopstep について"},
    // task states (task_style's words)
    {"ready", "준비됨", "実行可能"},
    {"running", "실행 중", "実行中"},
    {"waiting", "대기 중", "待機中"},
    {"done", "완료", "完了"},
    {"cancelled", "취소됨", "キャンセル済み"},
    {"failed", "실패", "失敗"},
    // Source pane and status bar
    {"Source", "소스", "ソース"},
    {"{} lines", "{}줄", "{} 行"},
    {"Ctrl+O opens a scenario", "Ctrl+O로 시나리오 열기", "Ctrl+O でシナリオを開く"},
    // Tasks pane
    {"Tasks", "태스크", "タスク"},
    {"No task has been created yet.", "아직 만들어진 태스크가 없습니다.",
     "まだタスクは作られていません。"},
    {"Task", "태스크", "タスク"},
    {"Coroutine", "코루틴", "コルーチン"},
    {"State", "상태", "状態"},
    {"Waits on", "기다리는 대상", "待っている対象"},
    {"Await stack", "await 스택", "await スタック"},
    {"Result", "결과", "結果"},
    {"not started", "시작 전", "未開始"},
    {"woken: {} is over", "깨어남: {} 끝남", "起床: {} が終了"},
    {"sleep until t={}", "t={}까지 sleep", "t={} まで sleep"},
    {"executor job {}", "실행기 작업 {}", "エグゼキュータのジョブ {}"},
    {"line {}", "{}행", "{} 行目"},
    {"{} tasks", "태스크 {}개", "タスク {} 個"},
    // Event loop pane
    {"Event loop", "이벤트 루프", "イベントループ"},
    {"running a callback: {}", "콜백 실행 중: {}", "コールバックを実行中: {}"},
    {"waiting for the next timer, until t={}", "다음 타이머를 기다리는 중 (t={}까지)",
     "次のタイマーを待機中 (t={} まで)"},
    {"blocked by a synchronous call on its thread, until t={}",
     "스레드의 동기 호출에 막힘 (t={}까지)", "スレッド上の同期呼び出しでブロック中 (t={} まで)"},
    {"between callbacks", "콜백 사이", "コールバックの合間"},
    {"virtual time t={} s", "가상 시간 t={}초", "仮想時間 t={} 秒"},
    {"iteration {}", "{}번째 반복", "{} 回目の反復"},
    {"Ready queue", "준비 큐", "レディキュー"},
    {"front", "맨 앞", "先頭"},
    {"now running", "지금 실행 중", "実行中"},
    {"empty", "비어 있음", "空"},
    {"Timers", "타이머", "タイマー"},
    {"due t={}", "t={}에 만료", "t={} に期限"},
    {"Locks, events and queues", "락, 이벤트, 큐", "ロック・イベント・キュー"},
    {"owner", "소유자", "所有者"},
    {"free", "비어 있음", "空き"},
    {"items", "항목", "要素"},
    {"waiters", "기다리는 태스크", "待っているタスク"},
    {"none", "없음", "なし"},
    {"set", "설정됨", "セット済み"},
    {"not set", "설정 안 됨", "未セット"},
    {"value {}", "값 {}", "値 {}"},
    {"created at line {}", "{}행에서 생성", "{} 行目で作成"},
    {"Threads", "스레드", "スレッド"},
    {"current", "현재", "現在"},
    {"idle", "유휴", "アイドル"},
    {"No recording: open a scenario.", "녹화가 없습니다. 시나리오를 여세요.",
     "記録がありません。シナリオを開いてください。"},
    // Lesson pane
    {"Lesson", "레슨", "レッスン"},
    {"What to watch for", "눈여겨볼 점", "注目するところ"},
    {"Open the fixed version", "고친 버전 열기", "修正版を開く"},
    {"Back to the version with the bug", "버그가 있는 버전으로", "バグのある版に戻る"},
    {"On this topic", "같은 주제", "同じトピック"},
    {"No scenario is open.", "열린 시나리오가 없습니다.", "シナリオが開かれていません。"},
    {"This file has no lesson header (# title: ..., # summary: ...).",
     "이 파일에는 레슨 헤더(# title: ..., # summary: ...)가 없습니다.",
     "このファイルにはレッスンのヘッダー (# title: ..., # summary: ...) がありません。"},
};

const Row* find(std::string_view key) {
    for (const Row& r : kTable)
        if (key == r.en) return &r;
    return nullptr;
}

} // namespace

const char* tr(std::string_view key, std::string_view lang) {
    if (const Row* r = find(key)) {
        if (lang == "ko") return r->ko;
        if (lang == "ja") return r->ja;
        return r->en;
    }
    // A key not in the table still needs a NUL-terminated copy that outlives the frame.
    static std::set<std::string, std::less<>> untranslated;
    return untranslated.emplace(key).first->c_str();
}

std::string trf(std::string_view key, std::string_view lang,
                std::initializer_list<std::string_view> args) {
    std::string_view pattern = tr(key, lang);
    std::string out;
    auto arg = args.begin();
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
            if (arg != args.end()) out += *arg++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

bool has_translation(std::string_view key) {
    const Row* r = find(key);
    return r && *r->ko && *r->ja;
}

std::string all_text(std::string_view lang) {
    std::string out;
    for (const Row& r : kTable) out += tr(r.en, lang);
    return out;
}

} // namespace loopstep::app
