#include "storyedit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<Story> sample()
{
    return {{u"a"_s, u"Alpha"_s, {u"e1"_s, u"e2"_s, u"e3"_s}},
            {u"b"_s, u"Beta"_s, {u"e4"_s}},
            {u"c"_s, u"Gamma"_s, {u"e1"_s, u"e5"_s}}};
}

// Each story as id=title:event,event.
QStringList shown(const QList<Story> &stories)
{
    QStringList out;
    for (const Story &story : stories)
        out.append(story.id + u'=' + story.title + u':' + story.eventIds.join(u','));
    return out;
}

} // namespace

// The Stories dialog's edits as plain list operations: each gives the new list, or the list
// as it was when the edit cannot be made.
class tst_StoryEdit : public QObject
{
    Q_OBJECT
private slots:
    void edit_data();
    void edit();
    void indexOf();
};

void tst_StoryEdit::edit_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("story");
    QTest::addColumn<int>("argument");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("expected");

    const QStringList same = shown(sample());
    QTest::newRow("rename") << u"rename"_s << u"b"_s << 0 << u"  Briefing "_s
                            << QStringList{same[0], u"b=Briefing:e4"_s, same[2]};
    QTest::newRow("rename blank") << u"rename"_s << u"b"_s << 0 << u"  "_s << same;
    QTest::newRow("rename unknown") << u"rename"_s << u"x"_s << 0 << u"X"_s << same;
    QTest::newRow("move up") << u"move"_s << u"b"_s << -1 << QString()
                             << QStringList{same[1], same[0], same[2]};
    QTest::newRow("move down") << u"move"_s << u"b"_s << 1 << QString()
                               << QStringList{same[0], same[2], same[1]};
    QTest::newRow("move first up") << u"move"_s << u"a"_s << -1 << QString() << same;
    QTest::newRow("move last down") << u"move"_s << u"c"_s << 1 << QString() << same;
    QTest::newRow("move by two") << u"move"_s << u"a"_s << 2 << QString() << same;
    QTest::newRow("delete") << u"delete"_s << u"a"_s << 0 << QString()
                            << QStringList{same[1], same[2]};
    QTest::newRow("delete unknown") << u"delete"_s << u"x"_s << 0 << QString() << same;
    QTest::newRow("step up") << u"stepUp"_s << u"a"_s << 2 << QString()
                             << QStringList{u"a=Alpha:e1,e3,e2"_s, same[1], same[2]};
    QTest::newRow("step down") << u"stepDown"_s << u"a"_s << 0 << QString()
                               << QStringList{u"a=Alpha:e2,e1,e3"_s, same[1], same[2]};
    QTest::newRow("first step up") << u"stepUp"_s << u"a"_s << 0 << QString() << same;
    QTest::newRow("last step down") << u"stepDown"_s << u"a"_s << 2 << QString() << same;
    QTest::newRow("step out of range") << u"stepDown"_s << u"a"_s << 7 << QString() << same;
    QTest::newRow("remove step") << u"removeStep"_s << u"a"_s << 1 << QString()
                                 << QStringList{u"a=Alpha:e1,e3"_s, same[1], same[2]};
    QTest::newRow("remove the last step") << u"removeStep"_s << u"b"_s << 0 << QString() << same;
    QTest::newRow("remove no step") << u"removeStep"_s << u"a"_s << -1 << QString() << same;
}

void tst_StoryEdit::edit()
{
    QFETCH(QString, op);
    QFETCH(QString, story);
    QFETCH(int, argument);
    QFETCH(QString, title);
    QFETCH(QStringList, expected);

    const QList<Story> stories = sample();
    QList<Story> result;
    if (op == u"rename"_s)
        result = StoryEdit::renamed(stories, story, title);
    else if (op == u"move"_s)
        result = StoryEdit::moved(stories, story, argument);
    else if (op == u"delete"_s)
        result = StoryEdit::without(stories, story);
    else if (op == u"stepUp"_s)
        result = StoryEdit::stepMoved(stories, story, argument, -1);
    else if (op == u"stepDown"_s)
        result = StoryEdit::stepMoved(stories, story, argument, 1);
    else
        result = StoryEdit::stepRemoved(stories, story, argument);
    QCOMPARE(shown(result), expected);
}

void tst_StoryEdit::indexOf()
{
    QCOMPARE(StoryEdit::indexOf(sample(), u"c"_s), 2);
    QCOMPARE(StoryEdit::indexOf(sample(), u"x"_s), -1);
}

QTEST_GUILESS_MAIN(tst_StoryEdit)
#include "tst_storyedit.moc"
