// list.sort(): CPython 3.11's timsort (Objects/listobject.c, Objects/listsort.txt) step for step
// -- natural runs, binary insertion up to minrun, galloping merges and the powersort merge
// order -- because the order in which items are compared is visible to a program: a __lt__
// that prints, or the TypeError a list of mixed types raises ("'<' not supported between
// instances of 'str' and 'int'") names the first pair CPython compares. After a failed
// comparison the list holds the same partly sorted permutation CPython leaves.
#include "core/py/error.h"
#include "core/py/int.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

#include <algorithm>
#include <array>
#include <exception>

namespace loopstep::py {

namespace {

constexpr int64_t kMinGallop = 7;
constexpr size_t kMaxMergePending = 85;

// A stretch of keys with the values that move along with them (values null without a key
// function: the keys are the values).
struct SortSlice {
    Value* keys;
    Value* values;
    SortSlice advanced(int64_t n) const { return {keys + n, values ? values + n : nullptr}; }
};

// memmove for Values: the destination slots are always ones whose items were moved elsewhere,
// so moving into them never drops a reference.
void move_items(Value* dst, Value* src, int64_t n) {
    if (n <= 0 || dst == src) return;
    if (dst < src)
        std::move(src, src + n, dst);
    else
        std::move_backward(src, src + n, dst + n);
}

void move_slice(SortSlice dst, int64_t i, SortSlice src, int64_t j, int64_t n) {
    move_items(dst.keys + i, src.keys + j, n);
    if (dst.values) move_items(dst.values + i, src.values + j, n);
}

// ISLT: x < y, with the fast paths CPython's pre-sort check picks for ints, strs and floats.
bool islt(const Value& x, const Value& y) {
    if (x.is_small() && y.is_small()) return x.small() < y.small();
    if (is_str(x) && is_str(y)) return str_compare(as_str(x), as_str(y)) < 0;
    if (is_float(x) && is_float(y)) return float_value(x) < float_value(y);
    return compare_bool(x, y, CmpOp::Lt);
}

struct Run {
    SortSlice base;
    int64_t len;
    int power;
};

class MergeState {
  public:
    MergeState(int64_t n, SortSlice lo) : listlen_(n), basekeys_(lo.keys) {
        has_values_ = lo.values != nullptr;
    }

    void sort(SortSlice lo, int64_t n) {
        if (n < 2) return;
        int64_t minrun = compute_minrun(n);
        int64_t remaining = n;
        do {
            bool descending;
            int64_t run = count_run(lo.keys, lo.keys + remaining, &descending);
            if (descending) reverse(lo, run);
            if (run < minrun) {
                int64_t force = remaining <= minrun ? remaining : minrun;
                binary_sort(lo, lo.keys + force, lo.keys + run);
                run = force;
            }
            found_new_run(run);
            pending_[npending_++] = Run{lo, run, 0};
            lo = lo.advanced(run);
            remaining -= run;
        } while (remaining);
        force_collapse();
    }

  private:
    int64_t min_gallop_ = kMinGallop;
    int64_t listlen_;
    Value* basekeys_;
    bool has_values_;
    std::vector<Value> tmp_keys_, tmp_values_;
    std::array<Run, kMaxMergePending> pending_{};
    size_t npending_ = 0;

    static int64_t compute_minrun(int64_t n) {
        int64_t r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    static void reverse(SortSlice s, int64_t n) {
        std::reverse(s.keys, s.keys + n);
        if (s.values) std::reverse(s.values, s.values + n);
    }

    // Sorts [lo, hi) by binary insertion; [lo, start) is already sorted.
    static void binary_sort(SortSlice lo, Value* hi, Value* start) {
        if (lo.keys == start) ++start;
        for (; start < hi; ++start) {
            Value* l = lo.keys;
            Value* r = start;
            const Value& pivot = *start;
            do {
                Value* p = l + ((r - l) >> 1);
                if (islt(pivot, *p))
                    r = p;
                else
                    l = p + 1;
            } while (l < r);
            Value moved = std::move(*start);
            std::move_backward(l, start, start + 1);
            *l = std::move(moved);
            if (lo.values) {
                int64_t offset = lo.values - lo.keys;
                Value* vs = start + offset;
                Value* vl = l + offset;
                Value mv = std::move(*vs);
                std::move_backward(vl, vs, vs + 1);
                *vl = std::move(mv);
            }
        }
    }

    // Length of the run at lo: the longest non-descending prefix, or the longest strictly
    // descending one (strict, so that reversing it keeps equal items stable).
    static int64_t count_run(Value* lo, Value* hi, bool* descending) {
        *descending = false;
        ++lo;
        if (lo == hi) return 1;
        int64_t n = 2;
        if (islt(*lo, *(lo - 1))) {
            *descending = true;
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (!islt(*lo, *(lo - 1))) break;
        } else {
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (islt(*lo, *(lo - 1))) break;
        }
        return n;
    }

    // Where key belongs in the sorted a[0:n], left of any equal items: a[k-1] < key <= a[k].
    static int64_t gallop_left(const Value& key, Value* a, int64_t n, int64_t hint) {
        a += hint;
        int64_t lastofs = 0, ofs = 1;
        if (islt(*a, key)) {
            int64_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (islt(a[ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int64_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (islt(*(a - ofs), key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int64_t k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        a -= hint;
        ++lastofs;
        while (lastofs < ofs) {
            int64_t m = lastofs + ((ofs - lastofs) >> 1);
            if (islt(a[m], key))
                lastofs = m + 1;
            else
                ofs = m;
        }
        return ofs;
    }

    // Like gallop_left, but right of any equal items: a[k-1] <= key < a[k].
    static int64_t gallop_right(const Value& key, Value* a, int64_t n, int64_t hint) {
        a += hint;
        int64_t lastofs = 0, ofs = 1;
        if (islt(key, *a)) {
            int64_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (islt(key, *(a - ofs))) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            int64_t k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int64_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (islt(key, a[ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        a -= hint;
        ++lastofs;
        while (lastofs < ofs) {
            int64_t m = lastofs + ((ofs - lastofs) >> 1);
            if (islt(key, a[m]))
                ofs = m;
            else
                lastofs = m + 1;
        }
        return ofs;
    }

    SortSlice temp(int64_t need) {
        if (static_cast<int64_t>(tmp_keys_.size()) < need) {
            tmp_keys_.resize(static_cast<size_t>(need));
            if (has_values_) tmp_values_.resize(static_cast<size_t>(need));
        }
        return {tmp_keys_.data(), has_values_ ? tmp_values_.data() : nullptr};
    }

    // Merges the na items at ssa with the nb items right after them; na <= nb and ssa's last
    // item belongs at the end of the merge.
    void merge_lo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
        SortSlice tmp = temp(na);
        move_slice(tmp, 0, ssa, 0, na);
        SortSlice dest = ssa;
        ssa = tmp;
        auto copy_incr = [](SortSlice& dst, SortSlice& src) {
            *dst.keys++ = std::move(*src.keys++);
            if (dst.values) *dst.values++ = std::move(*src.values++);
        };
        copy_incr(dest, ssb);
        --nb;
        if (nb == 0) goto succeed;
        if (na == 1) goto copy_b;
        try {
            int64_t min_gallop = min_gallop_;
            for (;;) {
                int64_t acount = 0, bcount = 0;
                for (;;) {
                    if (islt(ssb.keys[0], ssa.keys[0])) {
                        copy_incr(dest, ssb);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 0) goto succeed;
                        if (bcount >= min_gallop) break;
                    } else {
                        copy_incr(dest, ssa);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 1) goto copy_b;
                        if (acount >= min_gallop) break;
                    }
                }
                ++min_gallop;
                do {
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    int64_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
                    acount = k;
                    if (k) {
                        move_slice(dest, 0, ssa, 0, k);
                        dest = dest.advanced(k);
                        ssa = ssa.advanced(k);
                        na -= k;
                        if (na == 1) goto copy_b;
                        // Only an inconsistent comparison function gets here.
                        if (na == 0) goto succeed;
                    }
                    copy_incr(dest, ssb);
                    --nb;
                    if (nb == 0) goto succeed;
                    k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
                    bcount = k;
                    if (k) {
                        move_slice(dest, 0, ssb, 0, k);
                        dest = dest.advanced(k);
                        ssb = ssb.advanced(k);
                        nb -= k;
                        if (nb == 0) goto succeed;
                    }
                    copy_incr(dest, ssa);
                    --na;
                    if (na == 1) goto copy_b;
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++min_gallop;
                min_gallop_ = min_gallop;
            }
        } catch (...) {
            if (na) move_slice(dest, 0, ssa, 0, na);
            throw;
        }
    succeed:
        if (na) move_slice(dest, 0, ssa, 0, na);
        return;
    copy_b:
        // The last item of a belongs at the end of the merge.
        move_slice(dest, 0, ssb, 0, nb);
        move_slice(dest, nb, ssa, 0, 1);
    }

    // Merges the na items at ssa with the nb items after them; na >= nb and ssa's last item
    // belongs at the end of the merge. Works from the right.
    void merge_hi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
        SortSlice tmp = temp(nb);
        SortSlice dest = ssb.advanced(nb - 1);
        move_slice(tmp, 0, ssb, 0, nb);
        SortSlice basea = ssa;
        SortSlice baseb = tmp;
        ssb = tmp.advanced(nb - 1);
        ssa = ssa.advanced(na - 1);
        auto copy_decr = [](SortSlice& dst, SortSlice& src) {
            *dst.keys-- = std::move(*src.keys--);
            if (dst.values) *dst.values-- = std::move(*src.values--);
        };
        copy_decr(dest, ssa);
        --na;
        if (na == 0) goto succeed;
        if (nb == 1) goto copy_a;
        try {
            int64_t min_gallop = min_gallop_;
            for (;;) {
                int64_t acount = 0, bcount = 0;
                for (;;) {
                    if (islt(ssb.keys[0], ssa.keys[0])) {
                        copy_decr(dest, ssa);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 0) goto succeed;
                        if (acount >= min_gallop) break;
                    } else {
                        copy_decr(dest, ssb);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 1) goto copy_a;
                        if (bcount >= min_gallop) break;
                    }
                }
                ++min_gallop;
                do {
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    int64_t k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k) {
                        dest = dest.advanced(-k);
                        ssa = ssa.advanced(-k);
                        move_slice(dest, 1, ssa, 1, k);
                        na -= k;
                        if (na == 0) goto succeed;
                    }
                    copy_decr(dest, ssb);
                    --nb;
                    if (nb == 1) goto copy_a;
                    k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k) {
                        dest = dest.advanced(-k);
                        ssb = ssb.advanced(-k);
                        move_slice(dest, 1, ssb, 1, k);
                        nb -= k;
                        if (nb == 1) goto copy_a;
                        // Only an inconsistent comparison function gets here.
                        if (nb == 0) goto succeed;
                    }
                    copy_decr(dest, ssa);
                    --na;
                    if (na == 0) goto succeed;
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++min_gallop;
                min_gallop_ = min_gallop;
            }
        } catch (...) {
            if (nb) move_slice(dest, -(nb - 1), baseb, 0, nb);
            throw;
        }
    succeed:
        if (nb) move_slice(dest, -(nb - 1), baseb, 0, nb);
        return;
    copy_a:
        // The first item of b belongs at the front of the merge.
        move_slice(dest, 1 - na, ssa, 1 - na, na);
        dest = dest.advanced(-na);
        ssa = ssa.advanced(-na);
        move_slice(dest, 0, ssb, 0, 1);
    }

    // Merges the runs at stack indices i and i + 1.
    void merge_at(size_t i) {
        SortSlice ssa = pending_[i].base;
        int64_t na = pending_[i].len;
        SortSlice ssb = pending_[i + 1].base;
        int64_t nb = pending_[i + 1].len;
        pending_[i].len = na + nb;
        if (i == npending_ - 3) pending_[i + 1] = pending_[i + 2];
        --npending_;
        // Items of a before where b's first item goes are already in place.
        int64_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
        ssa = ssa.advanced(k);
        na -= k;
        if (na == 0) return;
        // Items of b after where a's last item goes are already in place.
        nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb)
            merge_lo(ssa, na, ssb, nb);
        else
            merge_hi(ssa, na, ssb, nb);
    }

    // The "power" of the run starting at s1 (length n1) followed by one of length n2: its
    // depth in the conceptual binary merge tree over the whole list.
    static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
        int result = 0;
        int64_t a = 2 * s1 + n1;
        int64_t b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    // A run of length n2 follows the top of the stack: merge runs whose power is greater.
    void found_new_run(int64_t n2) {
        if (!npending_) return;
        Run* p = pending_.data();
        int64_t s1 = p[npending_ - 1].base.keys - basekeys_;
        int64_t n1 = p[npending_ - 1].len;
        int power = powerloop(s1, n1, n2, listlen_);
        while (npending_ > 1 && p[npending_ - 2].power > power) merge_at(npending_ - 2);
        p[npending_ - 1].power = power;
    }

    void force_collapse() {
        Run* p = pending_.data();
        while (npending_ > 1) {
            size_t n = npending_ - 2;
            if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
            merge_at(n);
        }
    }
};

} // namespace

void list_sort(ListObject* l, const Value& key, bool reverse) {
    // While sorting, the list is empty: a key function or __lt__ that looks at it or changes it
    // cannot disturb the items being sorted; changes it makes are discarded afterwards.
    std::vector<Value> values;
    values.swap(l->items);
    auto restore = [&] {
        std::vector<Value> during;
        during.swap(l->items);
        l->items.swap(values);
    };
    int64_t n = static_cast<int64_t>(values.size());
    std::vector<Value> keys;
    bool has_key = !key.is_null() && !is_none(key);
    if (has_key) {
        keys.reserve(values.size());
        try {
            for (size_t i = 0; i < values.size(); ++i) keys.push_back(call(key, {values[i]}));
        } catch (...) {
            keys.clear();
            restore();
            throw;
        }
    }
    // Sorting the reversed list forward and reversing the result keeps equal items in their
    // original order under reverse=True.
    if (reverse) {
        std::reverse(keys.begin(), keys.end());
        std::reverse(values.begin(), values.end());
    }
    SortSlice lo =
        has_key ? SortSlice{keys.data(), values.data()} : SortSlice{values.data(), nullptr};
    std::exception_ptr error;
    try {
        MergeState ms(n, lo);
        ms.sort(lo, n);
    } catch (...) {
        error = std::current_exception();
    }
    keys.clear();
    // Any change to the list during the sort gave it storage of its own.
    bool modified = l->items.capacity() != 0;
    if (reverse) std::reverse(values.begin(), values.end());
    restore();
    if (error) std::rethrow_exception(error);
    if (modified) raise_value_error("list modified during sort");
}

} // namespace loopstep::py
