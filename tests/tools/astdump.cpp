// loopstep_astdump FILE: prints what CPython's `ast.dump(ast.parse(src), include_attributes=True)`
// prints for FILE, or the SyntaxError CPython would raise, one field per line, after the
// warnings CPython prints while compiling it ("WARNING category line message"), so that
// tools/check_parser.py can compare the two (with several files, each result follows a
// "=== FILE" line). With --time N it parses N times and prints the
// mean time per parse instead.
#include "core/py/parser.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    int repeat = 0;
    int first_file = 1;
    if (argc > 2 && std::strcmp(argv[1], "--time") == 0) {
        repeat = std::atoi(argv[2]);
        first_file = 3;
    }
    if (first_file >= argc) {
        std::fprintf(stderr, "usage: loopstep_astdump [--time N] FILE...\n");
        return 2;
    }
    if (repeat > 0) {
        std::vector<std::string> sources;
        for (int i = first_file; i < argc; ++i) {
            std::ifstream in(argv[i], std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            sources.push_back(ss.str());
        }
        auto t0 = std::chrono::steady_clock::now();
        std::size_t ok = 0;
        for (int r = 0; r < repeat; ++r)
            for (std::size_t i = 0; i < sources.size(); ++i)
                ok += loopstep::py::parse(sources[i], argv[first_file + i]).ok();
        auto t1 = std::chrono::steady_clock::now();
        double ms = std::chrono::duration<double, std::milli>(t1 - t0).count() / repeat;
        std::printf("%zu files, %.3f ms per pass over all of them (%zu parses ok)\n",
                    sources.size(), ms, ok);
        return 0;
    }
    for (int i = first_file; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 2;
        }
        std::stringstream ss;
        ss << in.rdbuf();
        if (argc - first_file > 1) std::cout << "=== " << argv[i] << "\n";
        loopstep::py::ParseResult r = loopstep::py::parse(ss.str(), argv[i]);
        for (const auto& w : r.warnings)
            std::cout << "WARNING " << w.category << " " << w.lineno << " " << w.message << "\n";
        if (r.ok()) {
            if (loopstep::py::nesting_depth(*r.module) > 3000) {
                std::cout << "TOO DEEP\n";
                continue;
            }
            std::cout << loopstep::py::ast::dump(*r.module) << "\n";
        } else {
            const auto& e = *r.error;
            if (e.kind == loopstep::py::ErrorKind::MemoryError) {
                std::cout << "ERROR MemoryError\n"; // no message or location, as in CPython
                continue;
            }
            std::cout << "ERROR " << e.kind_name() << "\n"
                      << e.message << "\n"
                      << e.lineno << " " << e.offset << " " << e.end_lineno << " " << e.end_offset
                      << "\n";
        }
    }
    return 0;
}
