// The parser against CPython 3.11: trees (ast.dump with positions) and syntax errors (type,
// message, location, source line) generated from CPython by tools/gen_parser_test_cases.py,
// plus loopstep's own reports (unsupported constructs) and robustness on hostile input.
#include "core/py/ast.h"
#include "core/py/parser.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopstep::py;

namespace {

struct ErrorCase {
    const char* source;
    const char* type;
    const char* msg;
    int lineno, offset, end_lineno, end_offset;
    const char* text;
};

const ErrorCase kErrorCases[] = {
#include "syntax_error_cases.inc"
};

struct DumpCase {
    const char* source;
    const char* dump;
};

const DumpCase kDumpCases[] = {
#include "ast_dump_cases.inc"
};

} // namespace

TEST_CASE("syntax errors: type, message, location and line as CPython 3.11", "[parser]") {
    for (const ErrorCase& c : kErrorCases) {
        INFO("source: " << c.source);
        ParseResult r = parse(c.source, "test.py");
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error);
        CHECK(std::string(r.error->kind_name()) == c.type);
        CHECK(r.error->message == c.msg);
        CHECK(r.error->lineno == c.lineno);
        CHECK(r.error->offset == c.offset);
        CHECK(r.error->end_lineno == c.end_lineno);
        CHECK(r.error->end_offset == c.end_offset);
        CHECK(r.error->text == c.text);
        CHECK(r.error->filename == "test.py");
    }
}

TEST_CASE("trees: ast.dump(include_attributes=True) as CPython 3.11", "[parser]") {
    for (const DumpCase& c : kDumpCases) {
        INFO("source: " << c.source);
        ParseResult r = parse(c.source, "test.py");
        REQUIRE(r.ok());
        CHECK(ast::dump(*r.module) == c.dump);
    }
}

TEST_CASE("the tree is typed: kind tags and checked downcasts", "[parser]") {
    ParseResult r = parse("async def main():\n    await asyncio.sleep(1)\n");
    REQUIRE(r.ok());
    REQUIRE(r.module->body.size() == 1);
    ast::Stmt* s = r.module->body[0];
    CHECK(s->kind == ast::StmtKind::AsyncFunctionDef);
    CHECK(s->as<ast::FunctionDef>() == nullptr);
    auto* f = s->as<ast::AsyncFunctionDef>();
    REQUIRE(f);
    CHECK(f->name == "main");
    auto* e = f->body[0]->as<ast::ExprStmt>();
    REQUIRE(e);
    auto* aw = e->value->as<ast::Await>();
    REQUIRE(aw);
    auto* call = aw->value->as<ast::Call>();
    REQUIRE(call);
    CHECK(call->func->as<ast::Attribute>()->attr == "sleep");
    CHECK(call->args[0]->as<ast::Constant>()->value_kind == ast::ConstantKind::Int);
    CHECK(call->args[0]->as<ast::Constant>()->text == "1");
    // Positions as ast.parse reports them: the await starts at line 2, column 4.
    CHECK(aw->lineno == 2);
    CHECK(aw->col_offset == 4);
    CHECK(aw->end_col_offset == 26);
}

TEST_CASE("int literals keep their text; any size converts to decimal", "[parser]") {
    // Values from CPython: int('0x1F', 0) == 31, 0o777 == 511, 2**100 written in hex.
    CHECK(ast::int_literal_to_decimal("0x1F") == "31");
    CHECK(ast::int_literal_to_decimal("0o777") == "511");
    CHECK(ast::int_literal_to_decimal("0b101") == "5");
    CHECK(ast::int_literal_to_decimal("00") == "0");
    CHECK(ast::int_literal_to_decimal("0x10000000000000000000000000") ==
          "1267650600228229401496703205376");
}

TEST_CASE("repr of literal values as CPython prints them", "[parser]") {
    // The examples of Python's shortest round-trip float repr, and a few more.
    CHECK(ast::repr_float(1e16) == "1e+16");
    CHECK(ast::repr_float(1e-05) == "1e-05");
    CHECK(ast::repr_float(-0.0) == "-0.0");
    CHECK(ast::repr_float(0.1 + 0.2) == "0.30000000000000004");
    CHECK(ast::repr_float(1e15) == "1000000000000000.0");
    CHECK(ast::repr_float(0.0001) == "0.0001");
    CHECK(ast::repr_float(123456789.123456789) == "123456789.12345679");
    CHECK(ast::repr_str("it's") == "\"it's\"");
    CHECK(ast::repr_str("a'\"\n\x01") == "'a\\'\"\\n\\x01'");
    CHECK(ast::repr_str("한국어 \xc2\xa0") == "'한국어 \\xa0'");
    CHECK(ast::repr_bytes(std::string("\x00\xff'", 3)) == "b\"\\x00\\xff'\"");
}

TEST_CASE("SyntaxWarnings are collected in CPython's order", "[parser]") {
    // CPython 3.11.2 for this line: "SyntaxWarning: invalid hexadecimal literal".
    ParseResult r = parse("x = [0x1for x in (1,2)]\n");
    REQUIRE(r.ok());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].message == "invalid hexadecimal literal");
    CHECK(r.warnings[0].lineno == 1);
}

TEST_CASE("match statements and complex numbers are reported as unsupported", "[parser]") {
    const char* src = "x = 1\nmatch x:\n    case 1:\n        pass\n";
    // Valid Python: the tree is there...
    ParseResult r = parse(src, "m.py");
    REQUIRE(r.ok());
    CHECK(r.module->body[1]->kind == ast::StmtKind::Match);
    // ...but loopstep says it will not run it, pointing at the `match` keyword.
    ParseResult l = parse_for_loopstep(src, "m.py");
    REQUIRE_FALSE(l.ok());
    CHECK(l.error->kind == ErrorKind::Unsupported);
    CHECK(l.error->message == "match statements are not supported by loopstep");
    CHECK(l.error->lineno == 2);
    CHECK(l.error->offset == 1);
    CHECK(l.error->end_offset == 6);
    CHECK(l.error->text == "match x:\n");

    ParseResult c = parse_for_loopstep("y = 2 + 3j\n");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error->kind == ErrorKind::Unsupported);
    CHECK(c.error->message == "complex numbers are not supported by loopstep");
    CHECK(c.error->offset == 9);

    ParseResult n = parse_for_loopstep("s = '\\N{EM DASH}'\n");
    REQUIRE_FALSE(n.ok());
    CHECK(n.error->kind == ErrorKind::Unsupported);

    CHECK(parse_for_loopstep("match = 1\nprint(match)\n").ok()); // a soft keyword as a name
}

TEST_CASE("hostile input: deep nesting fails like CPython, without crashing", "[parser]") {
    // CPython 3.11: 200 nested brackets are the tokenizer's limit.
    ParseResult p = parse(std::string(201, '(') + std::string(201, ')') + "\n");
    REQUIRE(p.error);
    CHECK(p.error->message == "too many nested parentheses");
    CHECK(p.error->offset == 201);
    CHECK(parse(std::string(199, '(') + std::string(199, ')') + "\n").ok());
    // CPython 3.11 gives up on 10000 unary minus signs with a bare MemoryError.
    ParseResult m = parse(std::string(10000, '-') + "1\n");
    REQUIRE(m.error);
    CHECK(m.error->kind == ErrorKind::MemoryError);
    // Long flat chains are loops, not recursion; the compiler's limit is for the lead.
    std::string sum = "x = 1";
    for (int i = 0; i < 100000; ++i) sum += "+1";
    ParseResult flat = parse(sum + "\n");
    REQUIRE(flat.ok());
    CHECK(nesting_depth(*flat.module) > 100000);
    // Indentation deeper than CPython's 100 levels: IndentationError in CPython 3.11.
    std::string deep;
    for (int i = 0; i < 101; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    deep += std::string(101, ' ') + "pass\n";
    ParseResult d = parse(deep);
    REQUIRE(d.error);
    CHECK(d.error->kind == ErrorKind::IndentationError);
    CHECK(d.error->message == "too many levels of indentation");
    CHECK(d.error->lineno == 101);
    CHECK(d.error->offset == 1);
}

TEST_CASE("non-UTF-8 source is refused as CPython does", "[parser]") {
    // CPython 3.11 for a file whose line 2 holds the byte 0xff.
    ParseResult r = parse("x = 1\ny = \"\xff\"\n", "bad.py");
    REQUIRE(r.error);
    CHECK(r.error->message ==
          "Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding "
          "declared; see https://peps.python.org/pep-0263/ for details");
    CHECK(r.error->lineno == 0);
}
