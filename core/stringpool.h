#pragma once

#include <QString>
#include <QStringView>

// Makes many short strings that are written once and then mostly read (the ids and titles of a
// million events) as QStrings that share large blocks, each string's text followed by a zero,
// rather than allocating each one: a title then costs its text instead of its text plus a
// header and the allocator's overhead, and the blocks are backed by huge pages.
//
// Each string holds a reference to its block, as a copy of a QString would; changing one
// copies it out first, as for any shared QString, so the strings behave like any other. A
// block is freed when its last string is. A long string is allocated on its own.
//
// It builds each QString from a QString::DataPointer (a header, a pointer into its block and a
// length), which Qt 6's public header declares and its own string builders use; a string's
// text need not start at its block's start, as after QString::remove() from the front.
class StringPool
{
public:
    StringPool() = default;
    StringPool(const StringPool &) = delete;
    StringPool &operator=(const StringPool &) = delete;
    ~StringPool();

    QString add(QStringView text);

    // Characters per block: eight megabytes. A block is not aligned to a huge page (2 MB), so
    // only the whole huge pages inside it can be backed by one: three of four here.
    static constexpr qsizetype kBlockChars = 4 * 1024 * 1024;
    // Longer strings are not pooled.
    static constexpr qsizetype kLongest = 1024;

private:
    using Block = QTypedArrayData<char16_t>;
    void release();

    Block *m_block = nullptr; // the block being filled; the pool holds one reference to it
    char16_t *m_next = nullptr;
    qsizetype m_free = 0;
};
