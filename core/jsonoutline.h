#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

// Finds where a JSON text's root object holds its "events" array and where each of the
// array's objects begins and ends, without checking what is inside them: simdjson checks
// that, a batch of events at a time, so that its index of the text stays small however many
// events there are. Declines (read() is false) whatever does not have the outline
// {…, "events": [ {…}, … ], …}: a member named twice, a key with an escape, an element that is
// not an object, a text that does not end there. The general readers explain those.
// It reads either a text held whole or a stream, through a window that moves on as the
// stream is read: positions are offsets into the whole text, and what comes before mark has
// been handed over and may be dropped, so a stream is never held whole.
class JsonOutline
{
public:
    // Which members the root object may have besides "events".
    enum class Members {
        Title, // "title" only, whose raw value is kept (event lists)
        Any,   // any, each once, skipped (catalogues, whose other members are read whole)
    };
    // Receives the raw text of consecutive events, with the commas between them, and how many.
    using BatchSink = std::function<bool(std::string_view events, qsizetype count)>;
    // Reads up to `most` bytes of the text into `into`: how many, 0 at its end, -1 on an error.
    using ByteSource = std::function<qsizetype(char *into, qsizetype most)>;

    static constexpr qsizetype kBatchBytes = qsizetype(1) << 20;

    // A batch is handed over once it holds more than batchBytes (and at the array's end).
    JsonOutline(std::string_view text, Members members, BatchSink sink,
                qsizetype batchBytes = kBatchBytes);
    JsonOutline(const ByteSource &source, BatchSink sink);

    // False: declined, or the sink said stop.
    bool read();

    // After read(): the raw value of "title", when Members::Title and there is one.
    const std::optional<std::string> &title() const { return m_title; }
    // After read(): the offsets in the text of the events array's '[' and ']'.
    size_t eventsOpen() const { return m_eventsOpen; }
    size_t eventsClose() const { return m_eventsClose; }

private:
    // The events' array, from its '[': each event's object found by the braces outside
    // strings, 64 bytes at a time (as simdjson's first stage finds them), and handed over in
    // batches of about m_batchBytes. What lies between the events (a comma and spaces) is
    // checked here, since simdjson sees only the batches.
    bool events();

    // Whether [from, to) holds only spaces, with one comma when there must be one.
    bool isGap(size_t from, size_t to, bool comma) const;

    // A key without escapes; one with them goes to the general reader. *key is valid until
    // the window next moves.
    bool plainKey(std::string_view *key);

    size_t end() const { return m_base + m_window.size(); }
    char at(size_t position) const { return m_window[position - m_base]; }
    std::string_view text(size_t from, size_t to) const;

    // Whether there is text at m_pos, reading on when it is past the window.
    bool more();

    // Reads the next piece of the stream after what is held; false at the end of the text (or
    // of a stream that failed).
    bool refill();

    // The first '"' or '\\' from `from` on, reading on as needed; or npos. Eight bytes at a
    // time: most strings are short, and two memchr calls for each cost more than the string.
    size_t findQuoteOrBackslash(size_t from);

    // Past one value: a string, a scalar, or brackets balanced outside strings.
    bool skipValue();
    bool skipString();
    void skipSpace();
    bool take(char c);

    static constexpr qsizetype kFirstPiece = qsizetype(64) << 10;
    static constexpr qsizetype kLargestPiece = qsizetype(4) << 20;

    std::string_view m_window; // the text from m_base on that is held
    size_t m_base = 0;
    size_t m_pos = 0;
    size_t m_mark = 0;                    // what is before it may be dropped
    const ByteSource *m_source = nullptr; // null: the window is the text
    QByteArray m_buffer;                  // the window, for a stream
    qsizetype m_piece = kFirstPiece;
    bool m_ended = false;
    bool m_failed = false;
    Members m_members = Members::Title;
    qsizetype m_batchBytes = kBatchBytes;
    BatchSink m_sink;
    std::optional<std::string> m_title;
    size_t m_eventsOpen = 0;
    size_t m_eventsClose = 0;
};
