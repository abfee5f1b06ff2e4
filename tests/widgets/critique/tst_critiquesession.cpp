// The critique session: one per document, re-run after edits that can change
// the findings (one run per burst, none for moves), with the user's
// preferences read once and again only when they change.

#include "critique/critic.h"
#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/critique/critiquepreferences.h"
#include "widgets/critique/critiquesession.h"
#include "widgets/document/designdocument.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace archboard;
using testsupport::caseFile;

namespace {

const Finding* findingOf(const CritiqueSession& session, std::string_view rule,
                         std::string_view target) {
    for (const Finding& finding : session.findings())
        if (finding.rule == rule && finding.target == target)
            return &finding;
    return nullptr;
}

} // namespace

class tst_CritiqueSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void onePerDocument();
    void openingCritiquesAtOnce();
    void findingsFollowAnEdit();
    void aBurstOfEditsIsOneRun();
    void geometryOnlyEditsDoNotRun();
    void preferencesAreApplied();
    void aPreferenceChangeReruns();
    void preferencesAreNotReadOnEveryRun();

private:
    QTemporaryDir m_settingsDir;
};

void tst_CritiqueSession::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    testsupport::useThrowawaySettings(m_settingsDir, QStringLiteral("tst_critiquesession"));
}

void tst_CritiqueSession::cleanup() {
    CritiquePreferences::instance().reset();
}

void tst_CritiqueSession::onePerDocument() {
    DesignDocument document;
    CritiqueSession* session = document.critiqueSession();
    QVERIFY(session);
    QCOMPARE(document.critiqueSession(), session);
    QCOMPARE(session->parent(), &document);
}

void tst_CritiqueSession::openingCritiquesAtOnce() {
    DesignDocument document;
    CritiqueSession* session = document.critiqueSession();
    QSignalSpy changed(session, &CritiqueSession::findingsChanged);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    QCOMPARE(changed.size(), 1); // not at the next turn of the event loop
    QCOMPARE(session->findings().size(), critique(document.design().data()).size());
}

void tst_CritiqueSession::findingsFollowAnEdit() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueSession* session = document.critiqueSession();
    QVERIFY(findingOf(*session, "spof.single-instance", "db"));
    QSignalSpy aboutToChange(session, &CritiqueSession::findingsAboutToChange);
    QSignalSpy changed(session, &CritiqueSession::findingsChanged);

    Component db = *document.design().component("db");
    db.replicas = 3;
    document.design().replace(db);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(aboutToChange.size(), 1);
    QVERIFY(!findingOf(*session, "spof.single-instance", "db"));
    QCOMPARE(session->findings().size(), critique(document.design().data()).size());
}

void tst_CritiqueSession::aBurstOfEditsIsOneRun() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueSession* session = document.critiqueSession();
    const int runs = session->runCount();
    for (const int replicas : {2, 3, 4}) {
        Component db = *document.design().component("db");
        db.replicas = replicas;
        document.design().replace(db);
    }
    QTRY_COMPARE(session->runCount(), runs + 1);
    QCoreApplication::processEvents();
    QCOMPARE(session->runCount(), runs + 1);
}

void tst_CritiqueSession::geometryOnlyEditsDoNotRun() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueSession* session = document.critiqueSession();
    QSignalSpy changed(session, &CritiqueSession::findingsChanged);
    const Placement moved{"db", {400, 300}};
    document.design().move(std::span(&moved, 1));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 0);
}

void tst_CritiqueSession::preferencesAreApplied() {
    CritiquePreferences::instance().setDisabled("failure.sync-no-timeout", true);
    CritiquePreferences::instance().setSeverity("spof.single-instance", Severity::Info);
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    const CritiqueSession* session = document.critiqueSession();
    QVERIFY(!findingOf(*session, "failure.sync-no-timeout", "e2"));
    const Finding* spof = findingOf(*session, "spof.single-instance", "db");
    QVERIFY(spof);
    QVERIFY(spof->severity == Severity::Info);
}

void tst_CritiqueSession::aPreferenceChangeReruns() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueSession* session = document.critiqueSession();
    QVERIFY(findingOf(*session, "failure.sync-no-timeout", "e2"));
    const int runs = session->runCount();

    // At once, not at the next turn of the event loop.
    CritiquePreferences::instance().setDisabled("failure.sync-no-timeout", true);
    QCOMPARE(session->runCount(), runs + 1);
    QVERIFY(!findingOf(*session, "failure.sync-no-timeout", "e2"));
    CritiquePreferences::instance().reset();
    QCOMPARE(session->runCount(), runs + 2);
    QVERIFY(findingOf(*session, "failure.sync-no-timeout", "e2"));
}

void tst_CritiqueSession::preferencesAreNotReadOnEveryRun() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueSession* session = document.critiqueSession();
    // Written behind the preferences' back: no change reported, so the
    // session keeps what it read.
    QSettings().setValue(QStringLiteral("critique/disabled"),
                         QStringList{QStringLiteral("failure.sync-no-timeout")});
    session->runNow();
    QVERIFY(findingOf(*session, "failure.sync-no-timeout", "e2"));
    // Once they report a change, it reads them again.
    CritiquePreferences::instance().setSeverity("spof.single-instance", Severity::Info);
    QVERIFY(!findingOf(*session, "failure.sync-no-timeout", "e2"));
}

QTEST_GUILESS_MAIN(tst_CritiqueSession)
#include "tst_critiquesession.moc"
