// The random module: CPython's Mersenne Twister, bit for bit (lib/mersenne_twister), so that
// after random.seed(n) a program draws the same numbers as under python3. random.Random
// instances carry their own state; the module functions share one hidden instance, seeded with
// a fixed default because loopstep runs must be reproducible.
#include "core/py/bytes.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/lib/lib_error.h"
#include "core/py/lib/mersenne_twister.h"
#include "core/py/module.h"
#include "core/py/modules/registry.h"
#include "core/py/set.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <optional>
#include <span>

namespace loopstep::py {

namespace {

Type* random_type;

struct RandomObject : Object {
    explicit RandomObject(Type* t) : Object(t) {}
    MersenneTwister mt;
};

[[noreturn]] void raise_lib(const LibError& e) {
    switch (e.type()) {
    case PyErrorType::ValueError: raise_value_error(e.what());
    case PyErrorType::TypeError: raise_type_error(e.what());
    case PyErrorType::IndexError: raise_index_error(e.what());
    case PyErrorType::OverflowError: raise_overflow_error(e.what());
    case PyErrorType::ZeroDivisionError: raise_zero_division(e.what());
    case PyErrorType::OSError: raise(OSError_type, fmt("[Errno %d] %s", e.os_errno(), e.what()));
    }
    raise_value_error(e.what());
}

MersenneTwister& mt_of(CallArgs& a) { return a.args[0].as<RandomObject>()->mt; }

BigInt from_words(const BigWords& w) {
    BigInt r(0);
    for (size_t i = w.size(); i-- > 0;) r = r.shifted_left(32) + BigInt(static_cast<int64_t>(w[i]));
    return r;
}

void do_seed(MersenneTwister& mt, const Value& a) {
    if (a.is_null() || is_none(a)) {
        mt.seed_int(MersenneTwister::kDefaultSeed);
    } else if (is_int(a)) {
        BigInt b = int_to_big(a);
        mt.seed_int(b.is_negative(), b.magnitude());
    } else if (is_str_like(a)) {
        mt.seed_bytes(as_str(a)->s);
    } else if (a.type() == bytes_type) {
        mt.seed_bytes(std::string(as_bytes(a)->view()));
    } else if (is_float_like(a)) {
        mt.seed_hash(hash(a));
    } else {
        raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
}

Value r_seed(CallArgs& a) {
    check_nargs(a, "seed", 1, 3);
    do_seed(mt_of(a), a.nargs > 1 ? a.args[1] : Value());
    return none();
}
Value r_random(CallArgs& a) { return new_float(mt_of(a).random()); }
Value r_getrandbits(CallArgs& a) {
    check_nargs(a, "getrandbits", 2, 2);
    int64_t k = index_value(a.args[1]);
    if (k < 0) raise_value_error("number of bits must be non-negative");
    try {
        return new_int(from_words(mt_of(a).getrandbits(k)));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
// random.py's randrange on Python ints, for bounds beyond int64 (randint(0, 2**70)); it draws
// exactly what the int64 path in the library draws for the same width.
BigInt big_randbelow(MersenneTwister& mt, const BigInt& n) {
    const std::vector<uint32_t>& mag = n.magnitude();
    return from_words(mt.randbelow(std::span<const uint32_t>(mag.data(), mag.size())));
}
BigInt big_randrange(MersenneTwister& mt, const BigInt& start, const std::optional<BigInt>& stop,
                     const BigInt& step) {
    auto dec = [](const BigInt& b) { return as_str(int_str(new_int(b)))->s; };
    if (!stop) {
        if (step != BigInt(1)) raise_type_error("Missing a non-None stop argument");
        if (start > BigInt(0)) return big_randbelow(mt, start);
        raise_value_error("empty range for randrange()");
    }
    BigInt width = *stop - start;
    if (step == BigInt(1)) {
        if (width > BigInt(0)) return start + big_randbelow(mt, width);
        raise_value_error(fmt("empty range for randrange() (%s, %s, %s)", dec(start).c_str(),
                              dec(*stop).c_str(), dec(width).c_str()));
    }
    BigInt n;
    if (step > BigInt(0))
        n = BigInt::floordiv(width + step - BigInt(1), step).value;
    else if (step < BigInt(0))
        n = BigInt::floordiv(width + step + BigInt(1), step).value;
    else
        raise_value_error("zero step for randrange()");
    if (n <= BigInt(0)) raise_value_error("empty range for randrange()");
    return start + step * big_randbelow(mt, n);
}

Value r_randrange(CallArgs& a) {
    Value out[4];
    parse_args(a, "randrange", {"self", "start", "stop", "step"}, 2, out);
    auto check = [](const Value& v) {
        if (!is_int(v)) {
            if (is_float_like(v))
                raise_type_error("'float' object cannot be interpreted as an integer");
            raise_type_error(fmt("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
        }
    };
    bool has_stop = !out[2].is_null() && !is_none(out[2]);
    check(out[1]);
    if (has_stop) check(out[2]);
    if (!out[3].is_null()) check(out[3]);
    int64_t start, stop = 0, step = 1;
    bool small = int_to_i64(out[1], start) && (!has_stop || int_to_i64(out[2], stop)) &&
                 (out[3].is_null() || int_to_i64(out[3], step));
    if (!small) {
        std::optional<BigInt> big_stop;
        if (has_stop) big_stop = int_to_big(out[2]);
        return new_int(big_randrange(mt_of(a), int_to_big(out[1]), big_stop,
                                     out[3].is_null() ? BigInt(1) : int_to_big(out[3])));
    }
    try {
        return new_int(mt_of(a).randrange(
            start, has_stop ? std::optional<int64_t>(stop) : std::nullopt, step));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value r_randint(CallArgs& a) {
    check_nargs(a, "randint", 3, 3);
    if (!is_int(a.args[1]) || !is_int(a.args[2]))
        raise_type_error("'float' object cannot be interpreted as an integer");
    int64_t x, y;
    if (!int_to_i64(a.args[1], x) || !int_to_i64(a.args[2], y))
        return new_int(big_randrange(mt_of(a), int_to_big(a.args[1]),
                                     int_to_big(a.args[2]) + BigInt(1), BigInt(1)));
    try {
        return new_int(mt_of(a).randint(x, y));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value r_choice(CallArgs& a) {
    check_nargs(a, "choice", 2, 2);
    int64_t n = length(a.args[1]);
    if (n == 0) raise_index_error("Cannot choose from an empty sequence");
    size_t i = mt_of(a).choice(static_cast<size_t>(n));
    return getitem(a.args[1], new_int(static_cast<int64_t>(i)));
}
Value r_shuffle(CallArgs& a) {
    check_nargs(a, "shuffle", 2, 2);
    Value x = a.args[1];
    int64_t n = length(x);
    mt_of(a).shuffle(static_cast<size_t>(n), [&](size_t i, size_t j) {
        Value vi = getitem(x, new_int(static_cast<int64_t>(i)));
        Value vj = getitem(x, new_int(static_cast<int64_t>(j)));
        setitem(x, new_int(static_cast<int64_t>(i)), vj);
        setitem(x, new_int(static_cast<int64_t>(j)), vi);
    });
    return none();
}
Value r_sample(CallArgs& a) {
    Value out[4];
    parse_args(a, "sample", {"self", "population", "k", "counts"}, 3, out);
    Value pop = out[1];
    if (pop.type() == set_type || pop.type() == frozenset_type)
        raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (!pop.type()->getitem || !pop.type()->len || pop.type() == dict_type)
        raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t k = index_value(out[2]);
    int64_t n = length(pop);
    try {
        std::vector<size_t> idx;
        if (!out[3].is_null() && !is_none(out[3])) {
            std::vector<int64_t> counts;
            for (const Value& c : to_vector(out[3])) counts.push_back(index_value(c));
            idx = mt_of(a).sample_counts(static_cast<size_t>(n), counts, k);
        } else {
            idx = mt_of(a).sample(static_cast<size_t>(n), k);
        }
        std::vector<Value> items;
        for (size_t i : idx) items.push_back(getitem(pop, new_int(static_cast<int64_t>(i))));
        return new_list(std::move(items));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value r_choices(CallArgs& a) {
    Value out[5];
    parse_args(a, "choices", {"self", "population", "weights", "cum_weights", "k"}, 2, out);
    Value pop = out[1];
    int64_t n = length(pop);
    int64_t k = out[4].is_null() ? 1 : index_value(out[4]);
    auto doubles = [](const Value& v) {
        std::vector<double> r;
        for (const Value& x : to_vector(v)) r.push_back(to_double(x));
        return r;
    };
    try {
        std::vector<size_t> idx;
        bool w = !out[2].is_null() && !is_none(out[2]);
        bool cw = !out[3].is_null() && !is_none(out[3]);
        if (!w && !cw) {
            idx = mt_of(a).choices(static_cast<size_t>(n), k);
        } else {
            std::vector<double> wv, cv;
            std::optional<std::span<const double>> ws, cs;
            if (w) {
                wv = doubles(out[2]);
                ws = wv;
            }
            if (cw) {
                cv = doubles(out[3]);
                cs = cv;
            }
            idx = mt_of(a).choices(static_cast<size_t>(n), ws, cs, k);
        }
        std::vector<Value> items;
        for (size_t i : idx) items.push_back(getitem(pop, new_int(static_cast<int64_t>(i))));
        return new_list(std::move(items));
    } catch (LibError& e) {
        raise_lib(e);
    }
}

template <double (MersenneTwister::*F)(double, double)>
Value r_two(CallArgs& a) {
    check_nargs(a, "random", 3, 3);
    try {
        return new_float((mt_of(a).*F)(to_double(a.args[1]), to_double(a.args[2])));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value r_gauss(CallArgs& a) {
    Value out[3];
    parse_args(a, "gauss", {"self", "mu", "sigma"}, 1, out);
    return new_float(mt_of(a).gauss(out[1].is_null() ? 0.0 : to_double(out[1]),
                                    out[2].is_null() ? 1.0 : to_double(out[2])));
}
Value r_normalvariate(CallArgs& a) {
    Value out[3];
    parse_args(a, "normalvariate", {"self", "mu", "sigma"}, 1, out);
    return new_float(mt_of(a).normalvariate(out[1].is_null() ? 0.0 : to_double(out[1]),
                                            out[2].is_null() ? 1.0 : to_double(out[2])));
}
Value r_expovariate(CallArgs& a) {
    check_nargs(a, "expovariate", 2, 2);
    try {
        return new_float(mt_of(a).expovariate(to_double(a.args[1])));
    } catch (LibError& e) {
        raise_lib(e);
    }
}
Value r_triangular(CallArgs& a) {
    Value out[4];
    parse_args(a, "triangular", {"self", "low", "high", "mode"}, 1, out);
    std::optional<double> mode;
    if (!out[3].is_null() && !is_none(out[3])) mode = to_double(out[3]);
    return new_float(mt_of(a).triangular(out[1].is_null() ? 0.0 : to_double(out[1]),
                                         out[2].is_null() ? 1.0 : to_double(out[2]), mode));
}

// getstate(): (3, the 624 words and the position, gauss_next), random.py's VERSION 3 form.
Value r_getstate(CallArgs& a) {
    check_nargs(a, "getstate", 1, 1);
    MersenneTwister::State s = mt_of(a).state();
    std::vector<Value> words;
    words.reserve(MersenneTwister::kN + 1);
    for (uint32_t w : s.words) words.push_back(new_int(static_cast<int64_t>(w)));
    words.push_back(new_int(s.index));
    return new_tuple({new_int(3), new_tuple(std::move(words)),
                      s.gauss_next ? new_float(*s.gauss_next) : none()});
}
Value r_setstate(CallArgs& a) {
    check_nargs(a, "setstate", 2, 2);
    const Value& state = a.args[1];
    Value version = getitem(state, new_int(0));
    int64_t v;
    // VERSION 2 states (Python 2's) hold the words as longs, reduced modulo 2**32.
    if (!int_to_i64(version, v) || (v != 3 && v != 2))
        raise_value_error(fmt("state with version %s passed to Random.setstate() of version 3",
                              repr_utf8(version).c_str()));
    std::vector<Value> parts = to_vector(state);
    if (parts.size() != 3) raise_value_error("too many values to unpack (expected 3)");
    if (!is_tuple(parts[1])) raise_type_error("state vector must be a tuple");
    TupleObject* t = as_tuple(parts[1]);
    if (t->n != MersenneTwister::kN + 1) raise_value_error("state vector is the wrong size");
    MersenneTwister::State s;
    for (size_t i = 0; i < MersenneTwister::kN; ++i) {
        BigInt w = int_to_big((*t)[i]);
        if (v == 2) w = w & BigInt(0xffffffffll);
        if (w.is_negative() || w.bit_length() > 32)
            raise_overflow_error("Python int too large to convert to C unsigned long");
        s.words[i] = static_cast<uint32_t>(w.magnitude().empty() ? 0 : w.magnitude()[0]);
    }
    int64_t index = index_value((*t)[MersenneTwister::kN]);
    if (index < 0 || index > MersenneTwister::kN) raise_value_error("invalid state");
    s.index = static_cast<int>(index);
    if (!is_none(parts[2])) s.gauss_next = to_double(parts[2]);
    mt_of(a).set_state(s);
    return none();
}

Value random_new(Type* t, CallArgs& a) {
    Value v = make<RandomObject>(t);
    if (a.nargs) do_seed(v.as<RandomObject>()->mt, a.args[0]);
    return v;
}
void random_init(const Value& self, CallArgs& a) {
    if (a.nargs) do_seed(self.as<RandomObject>()->mt, a.args[0]);
}

} // namespace

Value init_random_module(Interp&) {
    if (!random_type) {
        random_type = new_builtin_type("Random", object_type, kTypeBase);
        random_type->module = "random";
        random_type->tp_new = random_new;
        random_type->tp_init = random_init;
        add_method(random_type, "seed", r_seed);
        add_method(random_type, "random", r_random);
        add_method(random_type, "getrandbits", r_getrandbits);
        add_method(random_type, "randrange", r_randrange);
        add_method(random_type, "randint", r_randint);
        add_method(random_type, "choice", r_choice);
        add_method(random_type, "shuffle", r_shuffle);
        add_method(random_type, "sample", r_sample);
        add_method(random_type, "choices", r_choices);
        add_method(random_type, "uniform", r_two<&MersenneTwister::uniform>);
        add_method(random_type, "gauss", r_gauss);
        add_method(random_type, "normalvariate", r_normalvariate);
        add_method(random_type, "lognormvariate", r_two<&MersenneTwister::lognormvariate>);
        add_method(random_type, "vonmisesvariate", r_two<&MersenneTwister::vonmisesvariate>);
        add_method(random_type, "gammavariate", r_two<&MersenneTwister::gammavariate>);
        add_method(random_type, "betavariate", r_two<&MersenneTwister::betavariate>);
        add_method(random_type, "weibullvariate", r_two<&MersenneTwister::weibullvariate>);
        add_method(random_type, "expovariate", r_expovariate);
        add_method(random_type, "triangular", r_triangular);
        add_method(random_type, "getstate", r_getstate);
        add_method(random_type, "setstate", r_setstate);
    }
    Value m = new_module("random");
    Value inst = make<RandomObject>(random_type);
    module_add(m, "Random", Value::borrow(random_type));
    module_add(m, "_inst", inst);
    for (const char* name :
         {"seed",        "random",         "getrandbits",    "randrange",       "randint",
          "choice",      "shuffle",        "sample",         "choices",         "uniform",
          "gauss",       "normalvariate",  "lognormvariate", "vonmisesvariate", "gammavariate",
          "betavariate", "weibullvariate", "expovariate",    "triangular",      "getstate",
          "setstate"})
        module_add(m, name, getattr(inst, name));
    return m;
}

} // namespace loopstep::py
