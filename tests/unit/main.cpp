// The Catch2 runner for every unit test; the tests themselves live beside it, one file per area.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
