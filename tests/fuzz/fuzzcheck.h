#pragma once

#include <cstdio>
#include <cstdlib>

// An oracle a fuzz target checks: when it fails the input is a finding, under libFuzzer and
// in the corpus replay alike.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
