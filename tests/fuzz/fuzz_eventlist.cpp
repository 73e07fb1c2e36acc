// JSON event lists: the fast reader and the general one must agree. Whatever the fast one
// accepts, the general one must read with no problem and to the same events; whatever the
// general one reads, it must not crash on, and its problems must be placed in the file. The
// fast one must also give the same read from the text handed over in pieces of a few bytes
// (as it reads a file), as from the text whole.
#include "eventlistjsonparser.h"
#include "eventlistreader.h"
#include "fuzzcheck.h"
#include "jsonfile.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QStringList summary(const Catalogue &catalogue)
{
    QStringList lines{catalogue.title()};
    for (const TimelineEvent &event : catalogue.events())
        lines.append(event.id + u'|' + event.date.label() + u'|' + event.title + u'|' +
                     event.laneId + u'|' + event.tagIds().join(u','));
    for (const Lane &lane : catalogue.lanes())
        lines.append(u"lane "_s + lane.id + u'|' + lane.name);
    for (const Tag &tag : catalogue.tags())
        lines.append(u"tag "_s + tag.id + u'|' + tag.name);
    return lines;
}

// What the fast parser reads, as text: whether it accepts, the title, every row.
QStringList rows(const std::function<bool(QString *, const EventListJsonParser::RowSink &)> &run)
{
    QStringList lines;
    QString title;
    const bool accepted = run(&title, [&lines](const EventListJsonParser::Row &row) {
        lines.append(QStringList{row.id.toString(), row.start.toString(), row.end.toString(),
                                 row.title.toString(), row.group.toString(),
                                 row.category.toString()}
                         .join(u'|'));
        return true;
    });
    lines.prepend(accepted ? u"accepted "_s + title : u"declined"_s);
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Catalogue> fast = EventListReader::readPlainJson(bytes, u"fuzz.json"_s);

    // Pieces of 1 to 16 bytes, chosen by the input.
    const qsizetype piece = size > 0 ? 1 + data[size - 1] % 16 : 1;
    qsizetype at = 0;
    const EventListJsonParser::ByteSource source = [&](char *into, qsizetype most) -> qsizetype {
        const qsizetype n = std::min({piece, most, bytes.size() - at});
        std::memcpy(into, bytes.constData() + at, size_t(n));
        at += n;
        return n;
    };
    FUZZ_CHECK(rows([&](QString *title, const EventListJsonParser::RowSink &sink) {
                   return EventListJsonParser::parse(source, title, sink);
               }) == rows([&](QString *title, const EventListJsonParser::RowSink &sink) {
                   return EventListJsonParser::parse(QByteArrayView(bytes), title, sink);
               }));

    ProblemList problems;
    JsonFile file(u"fuzz.json"_s, bytes, &problems);
    if (!file.isValid()) {
        FUZZ_CHECK(!fast);
        FUZZ_CHECK(!problems.isEmpty());
        return 0;
    }
    const Catalogue general = EventListReader::readJson(file);
    const int lines = int(bytes.count('\n')) + 1;
    for (const Problem &problem : problems) {
        FUZZ_CHECK(problem.line >= 0 && problem.line <= lines);
        FUZZ_CHECK(problem.message.size() < 1000);
    }
    if (fast) {
        FUZZ_CHECK(problems.isEmpty());
        FUZZ_CHECK(summary(*fast) == summary(general));
    }
    return 0;
}
