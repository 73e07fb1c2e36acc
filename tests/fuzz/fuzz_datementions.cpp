// DateMentionFinder::find on any text, with the document date from a first line "@DATE" when
// there is one: mentions are in order, do not overlap, lie inside the text and are its words
// at their offsets; every date found writes a label that EventDate::parse reads back to the
// same date; only a mention counted from somewhere may lack a date. DocumentDate::find too.
#include "datementionfinder.h"
#include "documentdate.h"
#include "fuzzcheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void checkDate(const EventDate &date)
{
    if (!date.isValid())
        return;
    const QString label = date.label();
    FUZZ_CHECK(!label.isEmpty());
    FUZZ_CHECK(EventDate::parse(label) == date);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    EventDate documentDate;
    if (text.startsWith(u'@')) {
        const qsizetype eol = text.indexOf(u'\n');
        documentDate =
            EventDate::parse(QStringView(text).sliced(1, (eol < 0 ? text.size() : eol) - 1));
        text = eol < 0 ? QString() : text.sliced(eol + 1);
    }
    const QList<DateMention> mentions = DateMentionFinder::find(text, documentDate);
    QList<qsizetype> utf16;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            utf16.append(i);
    }
    utf16.append(text.size());
    qsizetype previousEnd = 0;
    for (const DateMention &m : mentions) {
        FUZZ_CHECK(m.start >= previousEnd);
        FUZZ_CHECK(m.start < m.end);
        FUZZ_CHECK(m.end < utf16.size());
        const qsizetype begin = utf16[m.start];
        FUZZ_CHECK(text.sliced(begin, utf16[m.end] - begin) == m.text);
        FUZZ_CHECK(m.date.isValid() || m.anchor != DateMention::Anchor::None);
        FUZZ_CHECK(!m.precision.isEmpty());
        checkDate(m.date);
        previousEnd = m.end;
    }
    const DocumentDate own = DocumentDate::find(text);
    checkDate(own.date);
    FUZZ_CHECK(!own.basis.isEmpty());
    return 0;
}
