#include "widgets/palette/palettedock.h"
#include "widgets/palette/palettekind.h"

#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace archboard;

namespace {

QStringList everyToken() {
    QStringList tokens;
    for (std::size_t i = 0; i < enumCount<ComponentKind>(); ++i)
        tokens.append(paletteToken(static_cast<ComponentKind>(i)));
    for (std::size_t i = 0; i < enumCount<GroupKind>(); ++i)
        tokens.append(paletteToken(static_cast<GroupKind>(i)));
    tokens.append(paletteToken(NoteKind{}));
    return tokens;
}

QPoint centreOf(QTreeWidget* tree, QTreeWidgetItem* item) {
    return tree->visualItemRect(item).center();
}

// As the platform delivers one: press, release, press, double-click, release.
// (QTest::mouseDClick alone sends only the double-click event.)
void doubleClick(QWidget* widget, QPoint pos) {
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

} // namespace

class tst_PaletteDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokensRoundTrip();
    void badTokensAreRefused_data();
    void badTokensAreRefused();
    void listsEveryKindInSections();
    void filters_data();
    void filters();
    void noMatchSaysSo();
    void dragCarriesTheKindToken_data();
    void dragCarriesTheKindToken();
    void sectionRowsDoNotDrag();
    void doubleClickRequestsAdd();
    void enterRequestsAdd();
    void searchEnterAddsTheFirstMatch();
    void searchDownMovesIntoTheList();
    void isAccessible();
};

void tst_PaletteDock::tokensRoundTrip() {
    QCOMPARE(paletteToken(ComponentKind::Cache), QStringLiteral("cache"));
    QCOMPARE(paletteToken(ComponentKind::LoadBalancer), QStringLiteral("load_balancer"));
    QCOMPARE(paletteToken(GroupKind::Region), QStringLiteral("group:region"));
    QCOMPARE(paletteToken(NoteKind{}), QStringLiteral("note"));
    for (const QString& token : everyToken()) {
        const auto kind = paletteKindFromToken(token);
        QVERIFY2(kind, qPrintable(token));
        QCOMPARE(paletteToken(*kind), token);
        std::unique_ptr<QMimeData> mime(paletteMimeData(*kind));
        QVERIFY(paletteKindFromMimeData(mime.get()) == kind);
    }
}

void tst_PaletteDock::badTokensAreRefused_data() {
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Cache");
    QTest::newRow("group-of-component") << QStringLiteral("group:cache");
    QTest::newRow("group-without-kind") << QStringLiteral("group:");
    QTest::newRow("bare-group-kind") << QStringLiteral("region");
    QTest::newRow("trailing-space") << QStringLiteral("note ");
    QTest::newRow("display-name") << QStringLiteral("load balancer");
}

void tst_PaletteDock::badTokensAreRefused() {
    QFETCH(QString, token);
    QVERIFY(!paletteKindFromToken(token));
    QMimeData mime;
    mime.setData(QString::fromLatin1(kPaletteMimeType), token.toUtf8());
    QVERIFY(!paletteKindFromMimeData(&mime));
    QMimeData text; // a palette token as plain text is not a palette drag
    text.setText(QStringLiteral("cache"));
    QVERIFY(!paletteKindFromMimeData(&text));
    QVERIFY(!paletteKindFromMimeData(nullptr));
}

void tst_PaletteDock::listsEveryKindInSections() {
    PaletteDock dock;
    QCOMPARE(dock.objectName(), QStringLiteral("paletteDock"));
    QCOMPARE(dock.windowTitle(), QStringLiteral("Palette"));
    QTreeWidget* tree = dock.tree();
    QStringList sections;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        sections.append(tree->topLevelItem(i)->text(0));
    QCOMPARE(sections, (QStringList{QStringLiteral("Edge & entry"), QStringLiteral("Compute"),
                                    QStringLiteral("Messaging"), QStringLiteral("Data"),
                                    QStringLiteral("Platform"), QStringLiteral("Groups & notes")}));

    QStringList listed = dock.visibleTokens();
    QStringList expected = everyToken();
    QCOMPARE(listed.size(), expected.size());
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);

    const QTreeWidgetItem* lb = dock.itemFor(ComponentKind::LoadBalancer);
    QVERIFY(lb);
    QCOMPARE(lb->text(0), QStringLiteral("Load balancer"));
    QCOMPARE(lb->parent()->text(0), QStringLiteral("Edge & entry"));
    QVERIFY(!lb->icon(0).isNull());
    QVERIFY(lb->toolTip(0).contains(QStringLiteral("L4/L7")));
    QCOMPARE(dock.itemFor(ComponentKind::Queue)->parent()->text(0), QStringLiteral("Messaging"));
    QCOMPARE(dock.itemFor(ComponentKind::SqlStore)->text(0), QStringLiteral("SQL store"));
    QCOMPARE(dock.itemFor(GroupKind::Zone)->text(0), QStringLiteral("Zone"));
    QCOMPARE(dock.itemFor(NoteKind{})->text(0), QStringLiteral("Note"));
}

void tst_PaletteDock::filters_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("name") << QStringLiteral("cache") << QStringList{QStringLiteral("cache")};
    QTest::newRow("case-insensitive")
        << QStringLiteral("STORE")
        << QStringList{QStringLiteral("sql_store"), QStringLiteral("nosql_store"),
                       QStringLiteral("object_store")};
    QTest::newRow("display-name-words")
        << QStringLiteral("load bal") << QStringList{QStringLiteral("load_balancer")};
    QTest::newRow("token") << QStringLiteral("api_gateway")
                           << QStringList{QStringLiteral("api_gateway")};
    QTest::newRow("group") << QStringLiteral("region")
                           << QStringList{QStringLiteral("group:region")};
    QTest::newRow("note") << QStringLiteral("note") << QStringList{QStringLiteral("note")};
    QTest::newRow("spaces-around")
        << QStringLiteral("  queue ") << QStringList{QStringLiteral("queue")};
}

void tst_PaletteDock::filters() {
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    PaletteDock dock;
    dock.show();
    QTest::keyClicks(dock.searchField(), text);
    QCOMPARE(dock.visibleTokens(), tokens);
    // Sections without a match hide; the first match is current.
    for (int i = 0; i < dock.tree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* section = dock.tree()->topLevelItem(i);
        bool hasMatch = false;
        for (int j = 0; j < section->childCount(); ++j)
            hasMatch = hasMatch || !section->child(j)->isHidden();
        QCOMPARE(section->isHidden(), !hasMatch);
    }
    QCOMPARE(dock.tree()->currentItem()->data(0, PaletteDock::TokenRole).toString(),
             tokens.first());

    dock.searchField()->clear();
    QCOMPARE(dock.visibleTokens().size(), everyToken().size());
}

void tst_PaletteDock::noMatchSaysSo() {
    PaletteDock dock;
    dock.show();
    auto* noMatch = dock.findChild<QLabel*>(QStringLiteral("paletteNoMatch"));
    QVERIFY(noMatch);
    QVERIFY(!noMatch->isVisible());
    dock.setFilterText(QStringLiteral("mainframe"));
    QVERIFY(dock.visibleTokens().isEmpty());
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(QStringLiteral("mainframe")));
    QVERIFY(!dock.tree()->isVisible());
    dock.setFilterText(QString());
    QVERIFY(!noMatch->isVisible());
    QVERIFY(dock.tree()->isVisible());
}

void tst_PaletteDock::dragCarriesTheKindToken_data() {
    QTest::addColumn<QString>("token");
    for (const QString& token : everyToken())
        QTest::newRow(qPrintable(token)) << token;
}

void tst_PaletteDock::dragCarriesTheKindToken() {
    QFETCH(QString, token);
    PaletteDock dock;
    QTreeWidgetItem* item = dock.itemFor(*paletteKindFromToken(token));
    QVERIFY(item);
    QVERIFY(item->flags() & Qt::ItemIsDragEnabled);
    QVERIFY(dock.tree()->dragEnabled());

    // What a drag of this row carries, as the view builds it.
    const QModelIndex index = dock.tree()->model()->index(
        item->parent()->indexOfChild(item), 0,
        dock.tree()->model()->index(dock.tree()->indexOfTopLevelItem(item->parent()), 0));
    std::unique_ptr<QMimeData> mime(dock.tree()->model()->mimeData({index}));
    QVERIFY(mime);
    QCOMPARE(mime->formats(), QStringList{QStringLiteral("application/x-archboard-kind")});
    QCOMPARE(mime->data(QStringLiteral("application/x-archboard-kind")), token.toUtf8());
}

void tst_PaletteDock::sectionRowsDoNotDrag() {
    PaletteDock dock;
    for (int i = 0; i < dock.tree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* section = dock.tree()->topLevelItem(i);
        QVERIFY(!(section->flags() & Qt::ItemIsDragEnabled));
        QVERIFY(!(section->flags() & Qt::ItemIsSelectable));
    }
    QSignalSpy added(&dock, &PaletteDock::addRequested);
    dock.show();
    QTreeWidgetItem* section = dock.tree()->topLevelItem(0);
    doubleClick(dock.tree()->viewport(), centreOf(dock.tree(), section));
    QCOMPARE(added.count(), 0);
}

void tst_PaletteDock::doubleClickRequestsAdd() {
    PaletteDock dock;
    dock.resize(260, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy added(&dock, &PaletteDock::addRequested);
    QTreeWidgetItem* cache = dock.itemFor(ComponentKind::Cache);
    dock.tree()->scrollToItem(cache);
    doubleClick(dock.tree()->viewport(), centreOf(dock.tree(), cache));
    QCOMPARE(added.count(), 1);
    QCOMPARE(paletteToken(added.first().first().value<PaletteKind>()), QStringLiteral("cache"));
}

void tst_PaletteDock::enterRequestsAdd() {
    PaletteDock dock;
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy added(&dock, &PaletteDock::addRequested);
    dock.tree()->setFocus();
    dock.tree()->setCurrentItem(dock.itemFor(GroupKind::Boundary));
    QTest::keyClick(dock.tree(), Qt::Key_Return);
    QCOMPARE(added.count(), 1);
    QCOMPARE(paletteToken(added.first().first().value<PaletteKind>()),
             QStringLiteral("group:boundary"));

    // Arrow keys move between kinds; Enter adds the one reached.
    QTest::keyClick(dock.tree(), Qt::Key_Down);
    QTest::keyClick(dock.tree(), Qt::Key_Enter);
    QCOMPARE(added.count(), 2);
    QCOMPARE(paletteToken(added.last().first().value<PaletteKind>()), QStringLiteral("note"));
}

void tst_PaletteDock::searchEnterAddsTheFirstMatch() {
    PaletteDock dock;
    dock.show();
    QSignalSpy added(&dock, &PaletteDock::addRequested);
    QTest::keyClicks(dock.searchField(), QStringLiteral("stor"));
    QTest::keyClick(dock.searchField(), Qt::Key_Return);
    QCOMPARE(added.count(), 1);
    QCOMPARE(paletteToken(added.first().first().value<PaletteKind>()), QStringLiteral("sql_store"));

    // Nothing matches: nothing to add.
    dock.searchField()->clear();
    QTest::keyClicks(dock.searchField(), QStringLiteral("zzz"));
    QTest::keyClick(dock.searchField(), Qt::Key_Return);
    QCOMPARE(added.count(), 1);

    // Escape clears the search.
    QTest::keyClick(dock.searchField(), Qt::Key_Escape);
    QVERIFY(dock.searchField()->text().isEmpty());
}

void tst_PaletteDock::searchDownMovesIntoTheList() {
    PaletteDock dock;
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.activateWindow();
    dock.searchField()->setFocus();
    QTest::keyClicks(dock.searchField(), QStringLiteral("work"));
    QTest::keyClick(dock.searchField(), Qt::Key_Down);
    QTRY_VERIFY(dock.tree()->hasFocus());
    QCOMPARE(dock.tree()->currentItem(), dock.itemFor(ComponentKind::Worker));
}

void tst_PaletteDock::isAccessible() {
    PaletteDock dock;
    QVERIFY(!dock.accessibleName().isEmpty());
    QVERIFY(!dock.searchField()->accessibleName().isEmpty());
    QVERIFY(!dock.tree()->accessibleName().isEmpty());
    QVERIFY(!dock.searchField()->placeholderText().isEmpty());
    const QTreeWidgetItem* cdn = dock.itemFor(ComponentKind::Cdn);
    QVERIFY(!cdn->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());
}

QTEST_MAIN(tst_PaletteDock)
#include "tst_palettedock.moc"
