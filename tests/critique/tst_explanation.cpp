// A finding's explanation: the catalogue's texts with the design's own names.

#include "critique/explanation.h"
#include "critique/rulecatalogue.h"

#include <QTest>
#include <regex>

using namespace archboard;

namespace {

std::string nameOf(std::string_view id) {
    if (id == "api")
        return "Shortener API";
    if (id == "db")
        return "URL DB";
    return std::string(id);
}

Finding finding(std::string_view rule, std::string target, std::string cause = {}) {
    Finding f;
    f.rule = rule;
    f.target = std::move(target);
    f.cause = std::move(cause);
    f.message = "The message.";
    return f;
}

} // namespace

class tst_Explanation : public QObject {
    Q_OBJECT

private slots:
    void placeholdersOnlyInFollowUps() {
        const std::regex placeholder(R"(\{[a-z]*\})");
        for (const RuleText& text : RuleCatalogue::builtIn().texts()) {
            QVERIFY2(text.title.find('{') == std::string::npos, text.id.c_str());
            QVERIFY2(text.why.find('{') == std::string::npos, text.id.c_str());
            QVERIFY2(text.fix.find('{') == std::string::npos, text.id.c_str());
            for (auto it =
                     std::sregex_iterator(text.followUp.begin(), text.followUp.end(), placeholder);
                 it != std::sregex_iterator(); ++it)
                QVERIFY2(it->str() == "{target}" || it->str() == "{cause}", text.id.c_str());
        }
    }

    void namesTheTarget() {
        const Explanation e = explain(finding("spof.single-instance", "db"), nameOf);
        QCOMPARE(e.followUp, "What happens to in-flight requests when \"URL DB\" dies, and how "
                             "long until traffic flows again?");
        QCOMPARE(e.what, "The message.");
        QVERIFY(!e.why.empty());
        QVERIFY(!e.fix.empty());
        QCOMPARE(e.title, std::string(finding("spof.single-instance", "db").title()));
    }

    void namesTheCause() {
        const Explanation e = explain(finding("failure.sync-no-timeout", "e2", "api"), nameOf);
        QVERIFY2(e.followUp.find("\"Shortener API\"") != std::string::npos, e.followUp.c_str());
        QVERIFY(e.followUp.find('{') == std::string::npos);
    }

    void fillNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("filled");
        QTest::newRow("target") << "Why {target}?"
                                << "db"
                                << ""
                                << "Why \"URL DB\"?";
        QTest::newRow("cause-falls-back-to-target") << "Who calls {cause}?"
                                                    << "db"
                                                    << ""
                                                    << "Who calls \"URL DB\"?";
        QTest::newRow("whole-design") << "What of {target}?"
                                      << ""
                                      << ""
                                      << "What of this design?";
        QTest::newRow("both-twice") << "{cause}, {target}, {cause}"
                                    << "db"
                                    << "api"
                                    << "\"Shortener API\", \"URL DB\", \"Shortener API\"";
        QTest::newRow("none") << "Plain?"
                              << "db"
                              << "api"
                              << "Plain?";
        QTest::newRow("name-holds-a-placeholder") << "{target}"
                                                  << "{target}"
                                                  << ""
                                                  << "\"{target}\"";
    }

    void fillNames() {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, cause);
        QFETCH(QString, filled);
        const Finding f =
            finding("spof.single-instance", target.toStdString(), cause.toStdString());
        QCOMPARE(QString::fromStdString(archboard::fillNames(text.toStdString(), f, nameOf)),
                 filled);
    }
};

QTEST_APPLESS_MAIN(tst_Explanation)
#include "tst_explanation.moc"
