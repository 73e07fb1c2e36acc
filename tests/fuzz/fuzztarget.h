#pragma once

#include <QList>

#include <cstddef>
#include <cstdint>

// One fuzz target as the corpus replay calls it: its name (the folder of its corpus) and its
// LLVMFuzzerTestOneInput, compiled under another name (tests/fuzz/CMakeLists.txt).
struct FuzzTarget
{
    const char *name;
    int (*testOneInput)(const uint8_t *data, size_t size);
};

const QList<FuzzTarget> &fuzzTargets();
