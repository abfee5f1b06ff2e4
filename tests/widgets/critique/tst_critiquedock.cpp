// The Critique dock: findings follow the design, moves do not re-run the
// critic, and accepting or reopening a finding is an undoable edit.

#include "critique/critic.h"
#include "findingrows.h"
#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/critique/critiquepreferences.h"
#include "widgets/critique/findingsmodel.h"
#include "widgets/document/designdocument.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace archboard;
using testsupport::caseFile;

namespace {

const Finding* findingOf(const CritiqueDock& dock, std::string_view rule, std::string_view target) {
    for (const Finding& finding : dock.findings())
        if (finding.rule == rule && !finding.target.empty() && finding.target == target)
            return &finding;
    return nullptr;
}

} // namespace

class tst_CritiqueDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsTheCriticsFindings();
    void followsEditsButNotMoves();
    void acceptIsUndoable();
    void blankReasonIsRefused();
    void reopenRemovesTheSuppression();
    void activationNamesTheTargets();
    void userCanTurnOffARule();
    void userSeverityYieldsToTheDesign();
    void currentFindingSurvivesARerun();
    void designCanTurnOffARule();
    void designSeverityIsUndoable();

private:
    QTemporaryDir m_settingsDir;
};

void tst_CritiqueDock::designCanTurnOffARule() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    QVERIFY(dock.turnOffCurrentRuleInDesign());
    QCOMPARE(document.design().critique().disabled,
             std::vector<std::string>{"spof.single-instance"});
    QTRY_VERIFY(!findingOf(dock, "spof.single-instance", "db"));
    QVERIFY(document.isModified()); // saved with the design
    document.undoStack()->undo();
    QVERIFY(document.design().critique().disabled.empty());
    QTRY_VERIFY(findingOf(dock, "spof.single-instance", "db"));
}

void tst_CritiqueDock::designSeverityIsUndoable() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    QVERIFY(dock.setCurrentSeverityInDesign(Severity::Info));
    QTRY_VERIFY(findingOf(dock, "spof.single-instance", "db")->severity == Severity::Info);
    QVERIFY(document.design().critique().severity.at("spof.single-instance") == Severity::Info);
    // The same finding stays current under its new heading.
    QTRY_VERIFY(dock.currentFinding() && dock.currentFinding()->severity == Severity::Info);
    QVERIFY(!dock.setCurrentSeverityInDesign(Severity::Info)); // nothing to change
    QVERIFY(dock.setCurrentSeverityInDesign(std::nullopt));
    QTRY_VERIFY(findingOf(dock, "spof.single-instance", "db")->severity == Severity::Error);
    document.undoStack()->undo();
    QTRY_VERIFY(findingOf(dock, "spof.single-instance", "db")->severity == Severity::Info);
    document.undoStack()->undo();
    QVERIFY(document.design().critique().severity.empty());
}

void tst_CritiqueDock::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    testsupport::useThrowawaySettings(m_settingsDir, QStringLiteral("tst_critiquedock"));
}

void tst_CritiqueDock::cleanup() {
    CritiquePreferences::instance().reset();
}

void tst_CritiqueDock::listsTheCriticsFindings() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    dock.refreshNow();
    const auto expected = critique(document.design().data());
    QCOMPARE(dock.findings().size(), expected.size());
    QCOMPARE(findingRows(dock.tree()->model()), static_cast<int>(expected.size()));
    QVERIFY(
        dock.tree()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Errors (")));

    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    const QString details = dock.findChild<QTextBrowser*>()->toPlainText();
    QVERIFY(details.contains(QStringLiteral("Why it matters")));
    QVERIFY(details.contains(QStringLiteral("The interviewer asks")));
}

void tst_CritiqueDock::followsEditsButNotMoves() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    const int runs = dock.runCount();
    QVERIFY(findingOf(dock, "spof.single-instance", "db"));

    Design& design = document.design();
    const Placement moved{"db", {400, 300}};
    design.move(std::span(&moved, 1));
    QCoreApplication::processEvents();
    QCOMPARE(dock.runCount(), runs);

    Component db = *design.component("db");
    db.replicas = 3;
    design.replace(db);
    QTRY_COMPARE(dock.runCount(), runs + 1);
    QVERIFY(!findingOf(dock, "spof.single-instance", "db"));
}

void tst_CritiqueDock::acceptIsUndoable() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    QVERIFY(dock.acceptCurrent(QStringLiteral("  Prototype for the demo  ")));
    QTRY_VERIFY(findingOf(dock, "spof.single-instance", "db")->accepted);
    const auto& suppressions = document.design().critique().suppressions;
    QCOMPARE(suppressions.size(), std::size_t{1});
    QCOMPARE(suppressions[0].reason, std::string("Prototype for the demo"));
    QCOMPARE(findingOf(dock, "spof.single-instance", "db")->reason,
             std::string("Prototype for the demo"));
    // The same finding stays current after the list is rebuilt.
    QVERIFY(dock.currentFinding() && dock.currentFinding()->accepted);

    document.undoStack()->undo();
    QVERIFY(document.design().critique().suppressions.empty());
    QTRY_VERIFY(!findingOf(dock, "spof.single-instance", "db")->accepted);
    document.undoStack()->redo();
    QTRY_VERIFY(findingOf(dock, "spof.single-instance", "db")->accepted);
}

void tst_CritiqueDock::blankReasonIsRefused() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    QVERIFY(!dock.acceptCurrent(QStringLiteral(" \n\t ")));
    QVERIFY(document.design().critique().suppressions.empty());
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_CritiqueDock::reopenRemovesTheSuppression() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("spof.single-instance", "api"));
    QVERIFY(!dock.reopenCurrent()); // open findings have nothing to reopen
    QVERIFY(dock.acceptCurrent(QStringLiteral("Behind a managed platform")));
    dock.refreshNow();
    QVERIFY(dock.selectFinding("spof.single-instance", "api"));
    QVERIFY(dock.reopenCurrent());
    QVERIFY(document.design().critique().suppressions.empty());
    QTRY_VERIFY(!findingOf(dock, "spof.single-instance", "api")->accepted);
}

void tst_CritiqueDock::activationNamesTheTargets() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QSignalSpy activated(&dock, &CritiqueDock::targetsActivated);
    QVERIFY(dock.selectFinding("failure.sync-no-timeout", "e2"));
    Q_EMIT dock.tree()->activated(dock.tree()->currentIndex());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), QStringList{QStringLiteral("e2")});
}

void tst_CritiqueDock::userCanTurnOffARule() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("failure.sync-no-timeout", "e2"));
    QVERIFY(dock.turnOffCurrentRuleForMe());
    QVERIFY(!findingOf(dock, "failure.sync-no-timeout", "e2"));
    QCOMPARE(QSettings().value(QStringLiteral("critique/disabled")).toStringList(),
             QStringList{QStringLiteral("failure.sync-no-timeout")});
    // A new dock (the next start) still honours it; the design is untouched.
    CritiqueDock again(&document);
    QVERIFY(!findingOf(again, "failure.sync-no-timeout", "e2"));
    QVERIFY(document.design().critique().disabled.empty());
    again.restoreAllRulesForMe();
    QVERIFY(findingOf(again, "failure.sync-no-timeout", "e2"));
}

void tst_CritiqueDock::userSeverityYieldsToTheDesign() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    QVERIFY(dock.setCurrentSeverityForMe(Severity::Info));
    QVERIFY(findingOf(dock, "spof.single-instance", "db")->severity == Severity::Info);
    QVERIFY(dock.currentFinding() && dock.currentFinding()->rule == "spof.single-instance");

    CritiqueSettings settings = document.design().critique();
    settings.severity["spof.single-instance"] = Severity::Warning;
    document.design().setCritique(settings);
    QTRY_VERIFY(findingOf(dock, "spof.single-instance", "db")->severity == Severity::Warning);
}

void tst_CritiqueDock::currentFindingSurvivesARerun() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    const auto indexOf = [&dock](std::string_view rule, std::string_view target) {
        const Finding* finding = findingOf(dock, rule, target);
        return finding ? finding - dock.findings().data() : -1;
    };
    const auto before = indexOf("spof.single-instance", "db");

    // Timeouts become errors: their findings now come first, and the
    // current finding moves down the list, but stays current.
    CritiqueSettings settings = document.design().critique();
    settings.severity["failure.sync-no-timeout"] = Severity::Error;
    const int runs = dock.runCount();
    document.design().setCritique(settings);
    QTRY_COMPARE(dock.runCount(), runs + 1);
    QVERIFY(indexOf("spof.single-instance", "db") > before);
    QVERIFY(dock.currentFinding());
    QCOMPARE(dock.currentFinding()->rule, std::string_view("spof.single-instance"));
    QCOMPARE(dock.currentFinding()->target, std::string("db"));
}

QTEST_MAIN(tst_CritiqueDock)
#include "tst_critiquedock.moc"
