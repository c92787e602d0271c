// Printing exceptions exactly as CPython 3.11 does: the traceback with each frame's source line
// and the ^^^ / ~~~^^^~~~ carets (anchors found by re-parsing the failing expression, as
// traceback.c does), repeated frames folded into "[Previous line repeated N more times]", chained
// exceptions, exception groups drawn in boxes, __notes__, "Did you mean" suggestions for
// NameError / AttributeError, and SyntaxError's own display.
#include "core/py/traceback.h"

#include "core/py/ast.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/interp.h"
#include "core/py/parser.h"
#include "core/py/str.h"
#include "core/py/suggestions.h"
#include "core/py/tuple.h"

#include <set>

namespace loopstep::py {

namespace {

constexpr int kRecursiveCutoff = 3;
constexpr int kTracebackLimit = 1000;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

size_t byte_to_char(std::string_view s, size_t byte) {
    size_t chars = 0;
    for (size_t i = 0; i < byte && i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++chars;
    return chars;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v';
}

struct Anchors {
    size_t left; // character offsets within the segment
    size_t right;
};

// The anchors CPython draws for a binary operator (~~^~~) or a subscript (~~^^^^).
std::optional<Anchors> caret_anchors(const std::string& segment) {
    auto parsed = parse(segment, "<segment>");
    if (!parsed.module || parsed.module->body.size() != 1) return std::nullopt;
    const ast::Stmt* st = parsed.module->body[0];
    const auto* es = st->as<ast::ExprStmt>();
    if (!es) return std::nullopt;
    const ast::Expr* e = es->value;
    if (const auto* b = e->as<ast::BinOp>()) {
        size_t op_start = byte_to_char(segment, static_cast<size_t>(b->left->end_col_offset));
        size_t op_end = byte_to_char(segment, static_cast<size_t>(b->right->col_offset));
        // Work on characters of the segment.
        std::u32string chars;
        for (size_t p = 0; p < segment.size();) chars.push_back(utf8_decode(segment, p));
        std::u32string op(chars.begin() + static_cast<long>(op_start),
                          chars.begin() + static_cast<long>(op_end));
        size_t off = 0;
        while (off < op.size() && op[off] < 128 && is_space(static_cast<char>(op[off]))) ++off;
        size_t left = b->left->end_col_offset + off; // byte offset, as traceback.py computes it
        size_t right = left + 1;
        if (off + 1 < op.size() && !(op[off + 1] < 128 && is_space(static_cast<char>(op[off + 1]))))
            ++right;
        return Anchors{byte_to_char(segment, left), byte_to_char(segment, right)};
    }
    if (const auto* s = e->as<ast::Subscript>()) {
        return Anchors{byte_to_char(segment, static_cast<size_t>(s->value->end_col_offset)),
                       byte_to_char(segment, static_cast<size_t>(s->slice->end_col_offset + 1))};
    }
    return std::nullopt;
}

struct FrameLine {
    std::string filename;
    int lineno;
    std::string name;
    std::string line; // source line, as in the file
    Position pos;     // the instruction's range (columns in bytes)
};

FrameLine describe(const TracebackObject* tb) {
    auto* co = tb->code.as<CodeObject>();
    FrameLine fl;
    fl.filename = co->filename();
    fl.name = co->name;
    int real_line = tb->lineno;
    fl.lineno = co->source ? co->source->report(real_line) : real_line;
    if (co->source && !co->source->no_text && real_line > 0)
        fl.line = std::string(co->source->line(real_line));
    if (tb->lasti < co->positions.size()) fl.pos = co->positions[tb->lasti];
    return fl;
}

std::string format_frame(const FrameLine& fl) {
    std::string out = "  File \"" + fl.filename + "\", line " + std::to_string(fl.lineno) +
                      ", in " + fl.name + "\n";
    if (fl.line.empty()) return out;
    // strip() on both sides, as traceback.py does.
    size_t b = 0, e = fl.line.size();
    while (b < e && is_space(fl.line[b])) ++b;
    while (e > b && is_space(fl.line[e - 1])) --e;
    std::string stripped = fl.line.substr(b, e - b);
    if (stripped.empty()) return out;
    out += "    " + stripped + "\n";
    const Position& p = fl.pos;
    if (p.col < 0 || p.end_col < 0 || p.line < 0 || p.end_line < 0) return out;
    size_t lead = byte_to_char(fl.line, b);
    size_t stripped_len = utf8_length(stripped);
    size_t start = byte_to_char(fl.line, static_cast<size_t>(p.col));
    size_t end = byte_to_char(fl.line, static_cast<size_t>(p.end_col));
    std::optional<Anchors> anchors;
    if (p.line == p.end_line) {
        std::string segment;
        size_t ci = 0;
        for (size_t pos = 0; pos < fl.line.size();) {
            size_t before = pos;
            utf8_decode(fl.line, pos);
            if (ci >= start && ci < end) segment.append(fl.line, before, pos - before);
            ++ci;
        }
        anchors = caret_anchors(segment);
    } else {
        // A range over several lines is underlined to the end of its first line.
        end = lead + stripped_len;
    }
    if (end < start || start < lead) return out;
    if (end - start == stripped_len && !anchors) return out;
    out += "    ";
    out.append(start - lead, ' ');
    if (anchors) {
        size_t width = end - start;
        for (size_t i = 0; i < width; ++i)
            out.push_back(i < anchors->left ? '~' : i < anchors->right ? '^' : '~');
    } else {
        out.append(end - start, '^');
    }
    out += "\n";
    return out;
}

std::string format_tb(const Value& tb_head) {
    std::vector<const TracebackObject*> entries;
    for (Value t = tb_head; !t.is_null(); t = t.as<TracebackObject>()->next)
        entries.push_back(t.as<TracebackObject>());
    size_t skip = entries.size() > kTracebackLimit ? entries.size() - kTracebackLimit : 0;
    std::string out;
    std::string last_file, last_name;
    int last_line = -1;
    int count = 0;
    bool first = true;
    for (size_t i = skip; i < entries.size(); ++i) {
        FrameLine fl = describe(entries[i]);
        if (first || fl.filename != last_file || fl.lineno != last_line || fl.name != last_name) {
            if (count > kRecursiveCutoff) {
                int more = count - kRecursiveCutoff;
                out +=
                    fmt("  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
            }
            last_file = fl.filename;
            last_line = fl.lineno;
            last_name = fl.name;
            count = 0;
            first = false;
        }
        ++count;
        if (count <= kRecursiveCutoff) out += format_frame(fl);
    }
    if (count > kRecursiveCutoff) {
        int more = count - kRecursiveCutoff;
        out += fmt("  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
    }
    return out;
}

std::string safe_str(const Value& v, const char* what) {
    try {
        return str_utf8(v);
    } catch (PyError&) {
        return std::string("<") + what + " str() failed>";
    }
}

std::string type_display_name(Type* t) {
    std::string mod = t->module;
    if (t->flags & kTypeHeap) {
        Value m = t->lookup_value(intern("__module__"));
        if (!m.is_null() && is_str(m)) mod = as_str(m)->s;
    }
    if (mod.empty() || mod == "builtins" || mod == "__main__") return t->qualname;
    return mod + "." + t->qualname;
}

} // namespace

std::string format_exception_only(const Value& exc, bool suggestions) {
    Type* t = exc.type();
    std::string stype = type_display_name(t);
    std::string out;
    {
        std::string s = safe_str(exc, "exception");
        if (suggestions && (t->is_subtype(NameError_type) || t->is_subtype(AttributeError_type))) {
            std::string suggestion = compute_suggestion(exc);
            if (!suggestion.empty()) s += ". Did you mean: '" + suggestion + "'?";
        }
        out = s.empty() ? stype + "\n" : stype + ": " + s + "\n";
    }
    Value notes = getattr_opt(exc, intern("__notes__"));
    if (!notes.is_null()) {
        if (is_list_like(notes) || is_tuple_like(notes)) {
            for (const Value& n : to_vector(notes)) {
                if (is_str_like(n))
                    out += as_str(n)->s + "\n";
                else
                    out += safe_repr_or(n, "<note str() failed>") + "\n";
            }
        } else {
            out += safe_repr_or(notes, "<__notes__ repr() failed>") + "\n";
        }
    }
    return out;
}

namespace {

struct Ctx {
    bool suggestions = true;
    std::set<const Object*> seen;
    int group_depth = 0;
    bool need_close = false;
    std::string indent() const { return std::string(static_cast<size_t>(2 * group_depth), ' '); }
    std::string emit(const std::string& text, char margin = '|') const {
        std::string prefix = indent();
        if (group_depth) {
            prefix.push_back(margin);
            prefix.push_back(' ');
        }
        std::string out;
        size_t pos = 0;
        while (pos < text.size()) {
            size_t nl = text.find('\n', pos);
            size_t end = nl == std::string::npos ? text.size() : nl + 1;
            out += prefix;
            out.append(text, pos, end - pos);
            pos = end;
        }
        return out;
    }
};

void format_recursive(const Value& exc, Ctx& ctx, std::string& out);

void format_one(const Value& exc, Ctx& ctx, std::string& out) {
    auto* e = as_exc(exc);
    bool is_group = exc.type()->is_subtype(BaseExceptionGroup_type);
    if (!is_group) {
        if (!e->traceback.is_null()) {
            out += ctx.emit("Traceback (most recent call last):\n");
            out += ctx.emit(format_tb(e->traceback));
        }
        out += ctx.emit(format_exception_only(exc, ctx.suggestions));
        return;
    }
    if (ctx.group_depth > kMaxGroupDepth) {
        out += ctx.emit(fmt("... (max_group_depth is %d)\n", kMaxGroupDepth));
        return;
    }
    bool toplevel = ctx.group_depth == 0;
    if (toplevel) ctx.group_depth += 1;
    if (!e->traceback.is_null()) {
        out +=
            ctx.emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        out += ctx.emit(format_tb(e->traceback));
    }
    out += ctx.emit(format_exception_only(exc, ctx.suggestions));
    TupleObject* excs = as_tuple(e->extra);
    int num = static_cast<int>(excs->n);
    int n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (int i = 0; i < n; ++i) {
        bool last = i == n - 1;
        if (last) ctx.need_close = true;
        bool truncated = i >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title +
               " ----------------\n";
        ctx.group_depth += 1;
        if (!truncated) {
            format_recursive((*excs)[static_cast<size_t>(i)], ctx, out);
        } else {
            int remaining = num - kMaxGroupWidth;
            out += ctx.emit(fmt("and %d more exception%s\n", remaining, remaining > 1 ? "s" : ""));
        }
        if (last && ctx.need_close) {
            out += ctx.indent() + "+------------------------------------\n";
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if (toplevel) ctx.group_depth -= 1;
}

void format_recursive(const Value& exc, Ctx& ctx, std::string& out) {
    // Walk the chain from this exception to its oldest cause/context, then print oldest first.
    std::vector<std::pair<const char*, Value>> chain;
    Value cur = exc;
    const char* msg = nullptr;
    while (!cur.is_null()) {
        chain.emplace_back(msg, cur);
        ctx.seen.insert(cur.obj());
        auto* e = as_exc(cur);
        Value next;
        if (!e->cause.is_null()) {
            next = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (!e->context.is_null() && !e->suppress_context) {
            next = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (!next.is_null() && ctx.seen.count(next.obj())) next = Value();
        cur = next;
    }
    for (size_t i = chain.size(); i-- > 0;) {
        format_one(chain[i].second, ctx, out);
        // chain[i].first names the link from the newer chain[i - 1] back to chain[i].
        if (i > 0 && chain[i].first) out += ctx.emit(chain[i].first);
    }
}

} // namespace

std::string safe_repr_or(const Value& v, const char* fallback) {
    try {
        return repr_utf8(v);
    } catch (PyError&) {
        return fallback;
    }
}

std::string format_exception(const Value& exc, bool suggestions) {
    Ctx ctx;
    ctx.suggestions = suggestions;
    std::string out;
    format_recursive(exc, ctx, out);
    return out;
}

std::string format_traceback_entries(const Value& tb) {
    return format_tb(tb);
}

// As CPython's own printer of an uncaught SyntaxError (pythonrun.c, print_error_text), which
// differs from traceback.py: tabs are stripped from the line too, the caret is clipped to the
// line's end, and only an exact SyntaxError shows a range of carets -- IndentationError and
// TabError get a single one.
std::string format_syntax_error(const SyntaxError& e) {
    std::string out = "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + "\n";
    if (!e.text.empty()) {
        int64_t offset = e.offset;
        int64_t end_offset = e.end_offset;
        int64_t line_size = static_cast<int64_t>(e.text.size());
        if (e.end_lineno > e.lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        int64_t carets = 1;
        if (e.kind == ErrorKind::SyntaxError || e.kind == ErrorKind::Unsupported)
            carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
        --offset;
        std::string_view text = e.text;
        while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
            text.remove_prefix(1);
            --offset;
        }
        int64_t len = static_cast<int64_t>(text.size());
        if (len > 0 && text[static_cast<size_t>(len - 1)] == '\n') --len;
        if (offset > len) offset = len;
        // A text of several lines: show the one the offset falls in.
        for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n')) {
            auto inl = static_cast<int64_t>(nl);
            if (inl >= offset) break;
            text.remove_prefix(static_cast<size_t>(inl + 1));
            len -= inl + 1;
            offset -= inl + 1;
        }
        out += "    ";
        out += text;
        if (static_cast<size_t>(len) >= text.size() || text[static_cast<size_t>(len)] != '\n')
            out += "\n";
        if (offset >= 0)
            out += "    " + std::string(static_cast<size_t>(offset), ' ') +
                   std::string(static_cast<size_t>(carets), '^') + "\n";
    }
    out += std::string(e.kind_name()) + ": " +
           (e.message.empty() ? "<no detail available>" : e.message) + "\n";
    return out;
}

void print_syntax_error(const SyntaxError& e) {
    Interp& I = interp();
    I.write(2, format_syntax_error(e));
    if (e.kind == ErrorKind::Unsupported)
        I.write(2, "loopstep runs a subset of Python; this construct is outside it.\n");
}

} // namespace loopstep::py
