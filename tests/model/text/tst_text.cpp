// User text made safe for outputs (model/text/): XML escaping that always
// parses back to the text, with what XML cannot hold shown as U+FFFD, and
// plain text for terminals without control characters.
#include "support/hostiletext.h"
#include "model/text/terminaltext.h"
#include "model/text/utf8.h"
#include "model/text/xmltext.h"

#include <QtTest>
#include <QXmlStreamReader>

using namespace archboard;

namespace {

// `text` with each character `allowed` refuses replaced, written out by
// hand from the decoded characters: the expectation the helpers must meet.
std::string expected(const std::string& text, bool (*allowed)(char32_t)) {
    const QString decoded = QString::fromStdString(text);
    std::string out;
    for (const char32_t code : decoded.toUcs4())
        text::appendUtf8(out, allowed(code) ? code : text::kReplacement);
    return out;
}

} // namespace

class tst_Text : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapedTextParsesBack_data();
    void escapedTextParsesBack();
    void escapedTextIsInert();
    void xmlSafeKeepsMarkup();
    void invalidBytesAreReplaced_data();
    void invalidBytesAreReplaced();
    void printableText_data();
    void printableText();
};

void tst_Text::escapedTextParsesBack_data() {
    hostile::addRows("bytes");
}

// In an element and in an attribute, the escaped text parses as XML and
// reads back as the text, with only the characters XML cannot hold changed.
void tst_Text::escapedTextParsesBack() {
    QFETCH(QByteArray, bytes);
    const std::string text = bytes.toStdString();
    const std::string escaped = text::escapeXml(text);
    const std::string document =
        "<?xml version=\"1.0\"?><r a=\"" + escaped + "\" b='" + escaped + "'>" + escaped + "</r>";
    QXmlStreamReader reader(QByteArray::fromStdString(document));
    QVERIFY(reader.readNextStartElement());
    const QString want = QString::fromStdString(expected(text, text::isXmlChar));
    QCOMPARE(reader.attributes().value(QStringLiteral("a")).toString(), want);
    QCOMPARE(reader.attributes().value(QStringLiteral("b")).toString(), want);
    QCOMPARE(reader.readElementText(), want);
    reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

void tst_Text::escapedTextIsInert() {
    const std::string escaped = text::escapeXml("<script>]]>&\"'");
    QCOMPARE(escaped, std::string("&lt;script&gt;]]&gt;&amp;&quot;&apos;"));
}

void tst_Text::xmlSafeKeepsMarkup() {
    QCOMPARE(text::xmlSafe("<a x=\"1\">b\x01\xef\xbf\xbe</a>"),
             std::string("<a x=\"1\">b\xef\xbf\xbd\xef\xbf\xbd</a>"));
    QCOMPARE(text::xmlSafe("tab\tline\ncr\r"), std::string("tab\tline\ncr\r"));
}

void tst_Text::invalidBytesAreReplaced_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("replaced");
    const QByteArray mark = "\xef\xbf\xbd";
    QTest::newRow("lone-continuation") << QByteArray("a\x80z") << "a" + mark + "z";
    QTest::newRow("truncated") << QByteArray("a\xe2\x82") << "a" + mark + mark;
    QTest::newRow("overlong-slash") << QByteArray("\xc0\xaf") << mark + mark;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << mark + mark + mark;
    QTest::newRow("beyond-unicode") << QByteArray("\xf4\x90\x80\x80") << mark + mark + mark + mark;
    QTest::newRow("real-replacement") << mark << mark;
    QTest::newRow("astral") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\xf0\x9f\x98\x80");
}

void tst_Text::invalidBytesAreReplaced() {
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, replaced);
    QCOMPARE(QByteArray::fromStdString(text::xmlSafe(bytes.toStdString())), replaced);
    QCOMPARE(QByteArray::fromStdString(text::printableText(bytes.toStdString())), replaced);
}

void tst_Text::printableText_data() {
    hostile::addRows("bytes");
}

// No control character reaches a terminal; everything else is unchanged.
void tst_Text::printableText() {
    QFETCH(QByteArray, bytes);
    const std::string text = bytes.toStdString();
    const std::string shown = text::printableText(text);
    QCOMPARE(shown, expected(text, text::isPrintableChar));
    for (const char32_t code : QString::fromStdString(shown).toUcs4())
        QVERIFY(code >= 0x20 && !(code >= 0x7f && code <= 0x9f));
}

QTEST_APPLESS_MAIN(tst_Text)
#include "tst_text.moc"
