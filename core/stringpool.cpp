#include "stringpool.h"

#include "hugepages.h"

#include <algorithm>

StringPool::~StringPool()
{
    release();
}

void StringPool::release()
{
    if (m_block && !m_block->deref())
        Block::deallocate(m_block);
    m_block = nullptr;
    m_next = nullptr;
    m_free = 0;
}

QString StringPool::add(QStringView text)
{
    const qsizetype size = text.size();
    if (size == 0)
        return QString();
    if (size > kLongest)
        return text.toString();
    if (m_free < size + 1) {
        release();
        auto [block, data] = Block::allocate(kBlockChars);
        if (!block)
            return text.toString(); // out of memory: as QString would (it throws)
        HugePages::advise(data, kBlockChars * qsizetype(sizeof(char16_t)));
        m_block = block;
        m_next = data;
        m_free = kBlockChars;
    }
    char16_t *start = m_next;
    std::copy(text.utf16(), text.utf16() + size, start);
    start[size] = u'\0'; // QString::utf16() promises a terminated string
    m_next += size + 1;
    m_free -= size + 1;
    m_block->ref();
    return QString(QString::DataPointer(m_block, start, size));
}
