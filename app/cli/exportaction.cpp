#include "exportaction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "eventdate.h"
#include "exitcode.h"
#include "imageexporter.h"

#include <QPageSize>
#include <QTextStream>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace {

const QString kFileName = u"export-filename"_s;
const QString kWidth = u"export-width"_s;
const QString kHeight = u"export-height"_s;
const QString kDpi = u"export-dpi"_s;
const QString kFrom = u"from"_s;
const QString kTo = u"to"_s;
const QString kLanes = u"lanes"_s;
const QString kFilter = u"filter"_s;
const QString kTitle = u"title"_s;
const QString kTheme = u"theme"_s;
const QString kPage = u"page"_s;
const QString kHandout = u"handout"_s;
const QString kWithFigures = u"with-figures"_s;
const QString kFiguresOnly = u"figures-only"_s;

QString quoted(const QString &text)
{
    return u"\u201C"_s + text + u"\u201D"_s;
}

// A whole number option in [min, max], or nullopt with *error set.
std::optional<int> wholeNumber(const CommandLineOptions &options, const QString &name, int min,
                               int max, const QString &unit, QString *error)
{
    const QString text = options.value(name).trimmed();
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok) {
        *error = ExportAction::tr("--%1: %2 is not a whole number").arg(name, quoted(text));
        return std::nullopt;
    }
    if (value < min || value > max) {
        *error = ExportAction::tr("--%1: %2 is out of range (%3 to %4 %5)")
                     .arg(name, text)
                     .arg(min)
                     .arg(max)
                     .arg(unit);
        return std::nullopt;
    }
    return int(value);
}

// The period a date option names, or an invalid date with *error set.
EventDate dateOption(const CommandLineOptions &options, const QString &name, QString *error)
{
    const QString text = options.value(name).trimmed();
    QString parseError;
    const EventDate date = EventDate::parse(text, &parseError);
    if (!date.isValid()) {
        *error = ExportAction::tr("--%1: %2 is not a date (try 2017, August 2017 or 2017-08-03)")
                     .arg(name, quoted(text));
    }
    return date;
}

} // namespace

QCommandLineOption ExportAction::trigger() const
{
    return QCommandLineOption(
        kFileName,
        tr("Draw the timeline of CATALOGUE into FILE and exit. The suffix chooses the format: "
           ".png, .svg or .pdf."),
        u"FILE"_s);
}

QList<QCommandLineOption> ExportAction::modifiers() const
{
    return {
        QCommandLineOption(
            kWidth,
            tr("Image width in pixels, %1 to %2 (PNG and SVG). Without a size the image is A4 "
               "landscape at --export-dpi.")
                .arg(ExportSettings::kMinPixels)
                .arg(ExportSettings::kMaxPixels),
            u"PX"_s),
        QCommandLineOption(
            kHeight, tr("Image height in pixels (default: the width's A4 proportion)."), u"PX"_s),
        QCommandLineOption(
            kDpi,
            tr("Pixels per inch, %1 to %2, recorded in the PNG; text is sized for it. "
               "Default 96 with a size, else 300.")
                .arg(ExportSettings::kMinDpi)
                .arg(ExportSettings::kMaxDpi),
            u"N"_s),
        QCommandLineOption(kFrom,
                           tr("Draw from the first day of DATE (default: the story's "
                              "start). DATE is 2017, August 2017, 2017-08-03, 2017/18…"),
                           u"DATE"_s),
        QCommandLineOption(kTo, tr("Draw to the last day of DATE (default: the story's end)."),
                           u"DATE"_s),
        QCommandLineOption(kLanes, tr("Draw only these lanes (ids, comma-separated)."), u"A,B"_s),
        QCommandLineOption(kFilter,
                           tr("Draw only events whose title, summary, excerpts or actors "
                              "contain TEXT."),
                           u"TEXT"_s),
        QCommandLineOption(kTitle, tr("Title above the timeline (default: the catalogue's)."),
                           u"TEXT"_s),
        QCommandLineOption(kTheme, tr("Colours: screen, print or high-contrast (default print)."),
                           u"THEME"_s, u"print"_s),
        QCommandLineOption(kPage, tr("PDF page size: A4 or A3 (default A4)."), u"SIZE"_s, u"A4"_s),
        QCommandLineOption(kHandout,
                           tr("PDF: write a handout for a committee pack: a cover with the "
                              "timeline, then every event with its excerpts and citations.")),
        QCommandLineOption(kWithFigures,
                           tr("Draw the Figures chart (the amounts the sources give, each "
                              "labelled) under the timeline, on the same dates.")),
        QCommandLineOption(kFiguresOnly,
                           tr("Draw the Figures chart alone, on the dates the timeline would "
                              "have.")),
    };
}

ApplicationKind ExportAction::applicationKind(const CommandLineOptions &options) const
{
    return options.isSet(kWithFigures) || options.isSet(kFiguresOnly)
               ? ApplicationKind::OffscreenWidgets
               : ApplicationKind::Gui;
}

bool ExportAction::settingsFrom(const CommandLineOptions &options, const Catalogue *catalogue,
                                ExportSettings *settings, QString *error)
{
    const Catalogue none;
    const Catalogue &story = catalogue ? *catalogue : none;
    ExportSettings s;
    const QString fileName = options.value(kFileName);
    const auto format = ExportSettings::formatFromFileName(fileName);
    if (!format) {
        *error = tr("--%1: cannot tell the format of %2; end the name in .png, .svg or .pdf")
                     .arg(kFileName, quoted(fileName));
        return false;
    }
    s.format = *format;

    // Size: both, or one (the other keeps the A4 proportion), at 96 DPI unless told: a
    // picture for a screen or a slide. Neither: A4 landscape at the DPI, 300 unless told.
    const bool hasWidth = options.isSet(kWidth);
    const bool hasHeight = options.isSet(kHeight);
    s.dpi = hasWidth || hasHeight ? 96 : 300;
    if (options.isSet(kDpi)) {
        const auto value = wholeNumber(options, kDpi, ExportSettings::kMinDpi,
                                       ExportSettings::kMaxDpi, tr("DPI"), error);
        if (!value)
            return false;
        s.dpi = *value;
    }
    if (hasWidth || hasHeight) {
        int width = 0;
        int height = 0;
        if (hasWidth) {
            const auto value = wholeNumber(options, kWidth, ExportSettings::kMinPixels,
                                           ExportSettings::kMaxPixels, tr("pixels"), error);
            if (!value)
                return false;
            width = *value;
        }
        if (hasHeight) {
            const auto value = wholeNumber(options, kHeight, ExportSettings::kMinPixels,
                                           ExportSettings::kMaxPixels, tr("pixels"), error);
            if (!value)
                return false;
            height = *value;
        }
        if (!hasHeight)
            height = std::max(1, int(std::lround(width / std::numbers::sqrt2)));
        if (!hasWidth)
            width = std::max(1, int(std::lround(height * std::numbers::sqrt2)));
        s.pixelSize = QSize(width, height);
    } else if (s.dpi >= ExportSettings::kMinDpi && s.dpi <= ExportSettings::kMaxDpi) {
        const QSizeF a4 =
            QPageSize(QPageSize::A4).size(QPageSize::Millimeter).transposed() * (s.dpi / 25.4);
        s.pixelSize = QSize(int(std::lround(a4.width())), int(std::lround(a4.height())));
    }

    const auto theme = ExportSettings::themeFromName(options.value(kTheme).trimmed());
    if (!theme) {
        *error = tr("--%1: unknown theme %2; use screen, print or high-contrast")
                     .arg(kTheme, quoted(options.value(kTheme)));
        return false;
    }
    s.theme = *theme;

    const auto page = ExportSettings::pageSizeFromName(options.value(kPage).trimmed());
    if (!page) {
        *error =
            tr("--%1: unknown page size %2; use A4 or A3").arg(kPage, quoted(options.value(kPage)));
        return false;
    }
    s.pageSize = *page;

    s.handout = options.isSet(kHandout);

    if (options.isSet(kWithFigures) && options.isSet(kFiguresOnly)) {
        *error = tr("--%1 and --%2 cannot be combined").arg(kWithFigures, kFiguresOnly);
        return false;
    }
    if (options.isSet(kWithFigures))
        s.figures = ExportSettings::Figures::BelowTimeline;
    else if (options.isSet(kFiguresOnly))
        s.figures = ExportSettings::Figures::Alone;
    if (catalogue && s.figures != ExportSettings::Figures::None && story.figures().isEmpty()) {
        *error = tr("--%1: the catalogue has no figures to draw")
                     .arg(options.isSet(kWithFigures) ? kWithFigures : kFiguresOnly);
        return false;
    }

    // Dates: a period's first day for --from, its last for --to; the story's ends otherwise.
    if (options.isSet(kFrom) || options.isSet(kTo)) {
        s.range = ExportSettings::Range::Dates;
        s.from = story.firstDay();
        s.to = story.lastDay();
        if (options.isSet(kFrom)) {
            const EventDate from = dateOption(options, kFrom, error);
            if (!from.isValid())
                return false;
            s.from = from.first();
        }
        if (options.isSet(kTo)) {
            const EventDate to = dateOption(options, kTo, error);
            if (!to.isValid())
                return false;
            s.to = to.last();
        }
        if (!s.from.isValid() || !s.to.isValid()) { // an empty catalogue and one date
            s.from = s.from.isValid() ? s.from : s.to;
            s.to = s.to.isValid() ? s.to : s.from;
        }
        if (s.from > s.to) {
            const QString from = quoted(options.value(kFrom).trimmed());
            const QString to = quoted(options.value(kTo).trimmed());
            if (options.isSet(kFrom) && options.isSet(kTo))
                *error = tr("--%1 %2 is after --%3 %4").arg(kFrom, from, kTo, to);
            else if (options.isSet(kFrom))
                *error = tr("--%1 %2 is after the last event").arg(kFrom, from);
            else
                *error = tr("--%1 %2 is before the first event").arg(kTo, to);
            return false;
        }
    }

    if (options.isSet(kLanes) && catalogue) {
        const QStringList ids = options.value(kLanes).split(u',', Qt::SkipEmptyParts);
        for (const QString &raw : ids) {
            const QString id = raw.trimmed();
            if (id.isEmpty())
                continue;
            if (!story.lane(id)) {
                QStringList known;
                for (const Lane &lane : story.lanes())
                    known.append(lane.id);
                *error = tr("--%1: no lane %2; the lanes are %3")
                             .arg(kLanes, quoted(id), known.join(u", "_s));
                return false;
            }
            s.laneIds.append(id);
        }
        if (s.laneIds.isEmpty()) {
            *error = tr("--%1: no lane given").arg(kLanes);
            return false;
        }
    }
    if (options.isSet(kFilter)) {
        s.applyFilter = true;
        s.filter.text = options.value(kFilter);
    }

    s.title = options.isSet(kTitle) ? options.value(kTitle) : story.title();

    const QString problem = s.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *settings = s;
    return true;
}

int ExportAction::run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const
{
    Q_UNUSED(out);
    auto fail = [&err](const QString &message, int code) {
        err << ApplicationIdentity::name() << u": "_s << message << Qt::endl;
        return code;
    };

    // What can be checked without the catalogue first, so a typo costs nothing.
    const QString fileName = options.value(kFileName);
    if (fileName.trimmed().isEmpty())
        return fail(tr("--%1: no file name given").arg(kFileName), ExitCode::Usage);
    {
        ExportSettings unused;
        QString error;
        if (!settingsFrom(options, nullptr, &unused, &error))
            return fail(error, ExitCode::Usage);
        if (unused.figures != ExportSettings::Figures::None && !m_figures) {
            return fail(tr("--%1: this program cannot draw the Figures chart")
                            .arg(unused.figures == ExportSettings::Figures::Alone ? kFiguresOnly
                                                                                  : kWithFigures),
                        ExitCode::Usage);
        }
    }

    const CatalogueLoadResult loaded = CatalogueArgument::load(options);
    if (!loaded.ok()) {
        CheckAction::writeProblems(loaded.problems, err);
        return ExitCode::Failure;
    }

    ExportSettings settings;
    QString error;
    if (!settingsFrom(options, &loaded.catalogue, &settings, &error))
        return fail(error, ExitCode::Usage);

    // Refused before drawing, so that an unwritable path never costs a render.
    error = ImageExporter::checkWritable(fileName);
    if (!error.isEmpty())
        return fail(error, ExitCode::Failure);

    error = ImageExporter::write(loaded.catalogue, settings, fileName, m_figures);
    if (!error.isEmpty())
        return fail(error, ExitCode::Failure);
    return ExitCode::Success;
}
