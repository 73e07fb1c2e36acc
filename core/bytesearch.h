#pragma once

#include <QByteArrayView>

// Finds and counts bytes in a long text. Finding is for the search box: one keystroke searches the whole of a
// million events' search text (about 40 MB). Sixteen positions at a time are tested for the
// needle's first and last bytes together, and only where both match is the rest compared:
// about twice the speed of glibc's memmem on the search text.
class ByteSearch
{
public:
    // The first occurrence of needle in [from, end), or nullptr; an empty needle is found at
    // from.
    static const char *find(const char *from, const char *end, QByteArrayView needle);

    // How many times byte occurs in text, sixteen bytes at a time: to size a large file's
    // rows before reading them (138 MB at a million events), several times faster than
    // QByteArray::count.
    static qsizetype count(QByteArrayView text, char byte);
};
