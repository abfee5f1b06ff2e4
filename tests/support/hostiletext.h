#pragma once

// User text as a stranger's file may hold it, for the suites that check
// every output escapes what it writes: markup, quotes, the end of a CDATA
// section, control characters, non-characters, right-to-left text and a
// string as long as the format allows.

#include <QByteArray>
#include <QTest>
#include <string>
#include <utility>
#include <vector>

namespace hostile {

// A string of exactly `bytes` bytes made of markup.
inline std::string longMarkup(std::size_t bytes) {
    std::string text;
    while (text.size() < bytes)
        text += "<b>&amp;\"'";
    text.resize(bytes);
    return text;
}

// Named rows: (row name, text). Every text is valid UTF-8.
inline std::vector<std::pair<const char*, std::string>> texts() {
    using namespace std::string_literals;
    return {
        {"script", "<script>alert(1)</script>"},
        {"markup-and-ampersand", "R&D <b>"},
        {"quotes", "\"double\" 'single' `back`"},
        {"cdata-end", "]]> <![CDATA[ x ]]>"},
        {"comment", "<!-- -- --> <?pi?>"},
        {"controls", "nul\0 bel\a bs\b vt\v ff\f esc\x1b[31m us\x1f del\x7f"s},
        {"c1-controls", "csi\xc2\x9b"
                        "2J nel\xc2\x85"},
        {"line-breaks", "one\ntwo\r\nthree\ttab"},
        {"non-characters", "fffe\xef\xbf\xbe ffff\xef\xbf\xbf"},
        {"right-to-left",
         "\xd7\xa2\xd7\x91\xd7\xa8\xd7\x99\xd7\xaa \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a "
         "\xe2\x80\xae"
         "desrever\xe2\x80\xac \xe2\x81\xa6isolate\xe2\x81\xa9"},
        {"64-kib", longMarkup(65'536)},
    };
}

// For a test's _data(): a QByteArray column `column` with one row per text.
inline void addRows(const char* column) {
    QTest::addColumn<QByteArray>(column);
    for (const auto& [name, text] : texts())
        QTest::newRow(name) << QByteArray::fromStdString(text);
}

} // namespace hostile
