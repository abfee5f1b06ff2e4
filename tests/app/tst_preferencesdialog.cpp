// Edit ▸ Preferences: the critic's rules, the author name, the grid and the
// appearance, applied to the open window at once, and Cancel changing nothing.
// Also the design's own critic settings: undoable, saved with the design, and
// a rule turned off in it can be turned back on.

#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/preferences/critiquepage.h"
#include "app/preferences/preferences.h"
#include "app/preferences/preferencesdialog.h"
#include "app/preferences/rulepreferencesmodel.h"
#include "critique/finding.h"
#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/critique/critiquepreferences.h"
#include "widgets/critique/critiquesession.h"
#include "widgets/critique/designrulesmenu.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace archboard;
using testsupport::caseFile;

namespace archboard {

// For QCOMPARE's messages.
char* toString(const CanvasGrid& grid) {
    return QTest::toString(
        QStringLiteral("size %1, %2, %3")
            .arg(grid.size)
            .arg(grid.visible ? QStringLiteral("shown") : QStringLiteral("hidden"))
            .arg(grid.snap ? QStringLiteral("snapping") : QStringLiteral("not snapping")));
}

char* toString(Appearance appearance) {
    return QTest::toString(appearanceToString(appearance));
}

} // namespace archboard

namespace {

const Finding* findingOf(MainWindow& window, std::string_view rule, std::string_view target) {
    for (const Finding& finding : window.document()->critiqueSession()->findings())
        if (finding.rule == rule && finding.target == target)
            return &finding;
    return nullptr;
}

// Every stored preference, to compare before and after.
QMap<QString, QVariant> storedSettings() {
    const QSettings settings;
    QMap<QString, QVariant> values;
    for (const QString& key : settings.allKeys())
        values.insert(key, settings.value(key));
    return values;
}

// The row of `rule` in the dialog's view, at `column`.
QModelIndex ruleIndex(const PreferencesDialog& dialog, std::string_view rule, int column) {
    const QAbstractItemModel* model = dialog.critiquePage()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(RulePreferencesModel::RuleIdRole).toString() == toQString(rule))
            return index;
    }
    return {};
}

// Edit ▸ Preferences, shown on screen.
PreferencesDialog* openPreferences(MainWindow& window) {
    window.actions()->preferences()->trigger();
    for (auto* dialog : window.findChildren<PreferencesDialog*>())
        if (dialog->isVisible())
            return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    return nullptr;
}

// Space on a check box or radio button, as a keyboard user would.
void press(QAbstractButton* button) {
    QTest::keyClick(button, Qt::Key_Space);
}

void clickButton(QDialogButtonBox* box, QDialogButtonBox::StandardButton which) {
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

// Picks `steps` entries down in the severity combo of `rule`, by keyboard.
void chooseSeverity(PreferencesDialog& dialog, std::string_view rule, int steps) {
    QTreeView* view = dialog.critiquePage()->view();
    const QModelIndex index = ruleIndex(dialog, rule, RulePreferencesModel::RuleColumn);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2); // opens the severity's choices on this row
    auto* combo = view->viewport()->findChild<QComboBox*>();
    QVERIFY(combo && combo->isVisible());
    QCOMPARE(combo->currentIndex(), 0); // "Default"
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

// Turns `rule` on or off with the Space key, as a keyboard user would.
void toggleRule(PreferencesDialog& dialog, std::string_view rule) {
    QTreeView* view = dialog.critiquePage()->view();
    view->setFocus();
    view->setCurrentIndex(ruleIndex(dialog, rule, RulePreferencesModel::RuleColumn));
    QTest::keyClick(view, Qt::Key_Space);
}

QImage renderBackground(CanvasScene& scene) {
    QImage image(200, 200, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(0, 0, 200, 200), QRectF(-5000, -5000, 200, 200));
    return image;
}

} // namespace

class tst_PreferencesDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editMenuOpensPreferences();
    void ruleSeverityReachesTheFindings();
    void turningARuleOffRemovesItsFindings();
    void designSettingsWinOverPreferences();
    void filterNarrowsTheRules();
    void severityOpensByMouseAndKeyboard();
    void authorNameReachesTheNextVersion();
    void gridSettingsReachTheCanvas();
    void snapActionAndDialogAgree();
    void appearanceSwitches();
    void cancelChangesNothing();
    void applyFollowsTheChoices();
    void fitsAtItsDefaultSize_data();
    void fitsAtItsDefaultSize();

    void designSettingsAreSavedWithTheDesign();
    void ruleOffInDesignCanBeTurnedBackOn();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void tst_PreferencesDialog::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    testsupport::useThrowawaySettings(m_settingsDir, QStringLiteral("tst_preferencesdialog"));
}

void tst_PreferencesDialog::init() {
    QSettings().clear();
    CritiquePreferences::instance().reset();
}

void tst_PreferencesDialog::cleanup() {
    Preferences::instance().setAppearance(Appearance::System);
    Preferences::instance().setGrid({});
    Preferences::instance().setAuthorName({});
    CritiquePreferences::instance().reset();
}

void tst_PreferencesDialog::editMenuOpensPreferences() {
    MainWindow window;
    QAction* action = window.actions()->preferences();
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(action->shortcuts(), platform.isEmpty()
                                      ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))}
                                      : platform);
    auto* edit = window.menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"));
    QVERIFY(edit && edit->actions().contains(action));

    action->trigger();
    auto* dialog = window.findChild<PreferencesDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    action->trigger(); // the same dialog comes forward
    QCOMPARE(window.findChildren<PreferencesDialog*>().size(), 1);
    QCOMPARE(dialog->critiquePage()->model()->rowCount(),
             dialog->critiquePage()->view()->model()->rowCount());
    QVERIFY(dialog->critiquePage()->model()->rowCount() > 40); // every rule of the catalogue
}

void tst_PreferencesDialog::ruleSeverityReachesTheFindings() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    QVERIFY(findingOf(window, "spof.single-instance", "db")->severity == Severity::Error);

    PreferencesDialog* dialog = openPreferences(window);
    chooseSeverity(*dialog, "spof.single-instance", 3); // Default, Error, Warning, Info
    QCOMPARE(ruleIndex(*dialog, "spof.single-instance", RulePreferencesModel::SeverityColumn)
                 .data()
                 .toString(),
             QStringLiteral("Info"));
    // Nothing happens before Apply.
    QVERIFY(findingOf(window, "spof.single-instance", "db")->severity == Severity::Error);
    clickButton(dialog->buttons(), QDialogButtonBox::Apply);
    QTRY_VERIFY(findingOf(window, "spof.single-instance", "db")->severity == Severity::Info);
    QVERIFY(CritiquePreferences::instance().options().userSeverity.at("spof.single-instance") ==
            Severity::Info);
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
}

void tst_PreferencesDialog::turningARuleOffRemovesItsFindings() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    QVERIFY(findingOf(window, "spof.single-instance", "db"));

    PreferencesDialog* dialog = openPreferences(window);
    toggleRule(*dialog, "spof.single-instance");
    QCOMPARE(ruleIndex(*dialog, "spof.single-instance", RulePreferencesModel::RuleColumn)
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Unchecked);
    const QPointer<PreferencesDialog> closed(dialog);
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    QTRY_VERIFY(!findingOf(window, "spof.single-instance", "db"));
    QVERIFY(!closed || !closed->isVisible()); // closed, and deleted

    // The next dialog shows it off; Reset to Defaults and OK bring it back.
    dialog = openPreferences(window);
    QCOMPARE(ruleIndex(*dialog, "spof.single-instance", RulePreferencesModel::RuleColumn)
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Unchecked);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("resetRules")),
                      Qt::LeftButton);
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    QTRY_VERIFY(findingOf(window, "spof.single-instance", "db"));
    QVERIFY(CritiquePreferences::instance().options().userDisabled.empty());
}

void tst_PreferencesDialog::designSettingsWinOverPreferences() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock* dock = window.critiqueDock();
    QVERIFY(dock->selectFinding("spof.single-instance", "db"));
    QVERIFY(dock->setCurrentSeverityInDesign(Severity::Warning));
    QTRY_VERIFY(findingOf(window, "spof.single-instance", "db")->severity == Severity::Warning);

    PreferencesDialog* dialog = openPreferences(window);
    // The page says the design speaks of the rule.
    QCOMPARE(ruleIndex(*dialog, "spof.single-instance", RulePreferencesModel::DesignColumn)
                 .data()
                 .toString(),
             QStringLiteral("Warning"));
    // and follows the design while it stays open.
    QVERIFY(window.critiqueDock()->selectFinding("failure.sync-no-timeout", "e2"));
    QVERIFY(window.critiqueDock()->turnOffCurrentRuleInDesign());
    QCOMPARE(ruleIndex(*dialog, "failure.sync-no-timeout", RulePreferencesModel::DesignColumn)
                 .data()
                 .toString(),
             QStringLiteral("Off"));
    window.document()->undoStack()->undo();
    chooseSeverity(*dialog, "spof.single-instance", 3); // Info for me
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    window.document()->critiqueSession()->runNow();
    QVERIFY(findingOf(window, "spof.single-instance", "db")->severity == Severity::Warning);

    // Without the design's word, mine applies.
    window.document()->undoStack()->undo();
    QTRY_VERIFY(findingOf(window, "spof.single-instance", "db")->severity == Severity::Info);
}

void tst_PreferencesDialog::filterNarrowsTheRules() {
    MainWindow window;
    PreferencesDialog* dialog = openPreferences(window);
    QLineEdit* filter = dialog->critiquePage()->filterField();
    const QAbstractItemModel* shown = dialog->critiquePage()->view()->model();
    const int all = shown->rowCount();
    QTest::keyClicks(filter, QStringLiteral("TIMEOUT"));
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, 0)
                    .data(RulePreferencesModel::SearchRole)
                    .toString()
                    .contains(QStringLiteral("timeout"), Qt::CaseInsensitive));
    QVERIFY(ruleIndex(*dialog, "failure.sync-no-timeout", 0).isValid());
    filter->clear();
    QCOMPARE(shown->rowCount(), all);
}

void tst_PreferencesDialog::severityOpensByMouseAndKeyboard() {
    MainWindow window;
    PreferencesDialog* dialog = openPreferences(window);
    QTreeView* view = dialog->critiquePage()->view();
    // One click on the painted combo box opens its list.
    const QModelIndex severity =
        ruleIndex(*dialog, "failure.sync-no-timeout", RulePreferencesModel::SeverityColumn);
    view->scrollTo(severity);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(severity).center());
    auto* combo = view->viewport()->findChild<QComboBox*>();
    QVERIFY(combo);
    QTRY_VERIFY(combo->view()->isVisible());
    combo->hidePopup();
    const QPointer<QComboBox> first(combo);
    QTest::keyClick(combo, Qt::Key_Escape); // closes the editor
    QTRY_VERIFY(!first);

    // Alt+Down on any column of a row opens it too.
    view->setFocus();
    view->setCurrentIndex(ruleIndex(*dialog, "spof.single-instance", 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    combo = view->viewport()->findChild<QComboBox*>();
    QVERIFY(combo);
    QTRY_VERIFY(combo->view()->isVisible());
    combo->hidePopup();
    QVERIFY(dialog->isVisible()); // Escape and Alt+Down never closed the dialog
}

void tst_PreferencesDialog::authorNameReachesTheNextVersion() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    PreferencesDialog* dialog = openPreferences(window);
    dialog->showPage(PreferencesDialog::Page::General);
    QVERIFY(!dialog->authorField()->placeholderText().isEmpty()); // the login name
    QTest::keyClicks(dialog->authorField(), QStringLiteral("  Ada Lovelace "));
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    QCOMPARE(Preferences::instance().authorName(), QStringLiteral("Ada Lovelace"));

    const QString path = m_dir.filePath(QStringLiteral("author.archboard"));
    QVERIFY(window.saveTo(path));
    QCOMPARE(window.document()->versions().back().author, std::string("Ada Lovelace"));

    // A new name applies to the next version at once.
    dialog = openPreferences(window);
    dialog->authorField()->setText(QStringLiteral("Grace Hopper"));
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    window.canvasScene()->selectIds(std::vector<ElementId>{"db"});
    QTest::keyClick(window.canvasView(), Qt::Key_Right); // an edit, so a new version
    QVERIFY(window.document()->saveVersion(QStringLiteral("moved")).isEmpty());
    QCOMPARE(window.document()->versions().back().author, std::string("Grace Hopper"));
}

void tst_PreferencesDialog::gridSettingsReachTheCanvas() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    CanvasScene* scene = window.canvasScene();
    QCOMPARE(scene->grid(), CanvasGrid{});
    const QImage dotted = renderBackground(*scene);

    PreferencesDialog* dialog = openPreferences(window);
    dialog->showPage(PreferencesDialog::Page::Canvas);
    dialog->gridSizeField()->setValue(40);
    press(dialog->showGridBox());
    press(dialog->snapBox());
    clickButton(dialog->buttons(), QDialogButtonBox::Apply);
    QCOMPARE(scene->grid(), (CanvasGrid{40, false, false}));
    QVERIFY(!window.actions()->snapToGrid()->isChecked());
    QCOMPARE(scene->snapped(QPointF(13, 27)), QPointF(13, 27));
    QVERIFY(renderBackground(*scene) != dotted); // no dots

    // Snapping and nudging follow the size.
    press(dialog->showGridBox());
    press(dialog->snapBox());
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    QCOMPARE(scene->snapped(QPointF(13, 27)), QPointF(0, 40));
    QVERIFY(window.actions()->snapToGrid()->isChecked());
    const Position before = *scene->modelPosition("db");
    scene->selectIds(std::vector<ElementId>{"db"});
    QTest::keyClick(window.canvasView(), Qt::Key_Right);
    QCOMPARE(scene->modelPosition("db")->x, before.x + 40);

    // A new window starts with them.
    MainWindow second;
    QCOMPARE(second.canvasScene()->grid(), (CanvasGrid{40, true, true}));
}

void tst_PreferencesDialog::snapActionAndDialogAgree() {
    MainWindow window;
    window.actions()->snapToGrid()->trigger(); // View ▸ Snap to Grid off
    QVERIFY(!window.canvasScene()->snapToGrid());
    QVERIFY(!Preferences::instance().grid().snap);
    PreferencesDialog* dialog = openPreferences(window);
    QVERIFY(!dialog->snapBox()->isChecked());
    dialog->snapBox()->setChecked(true);
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    QVERIFY(window.actions()->snapToGrid()->isChecked());
    QVERIFY(window.canvasScene()->snapToGrid());
}

void tst_PreferencesDialog::appearanceSwitches() {
    MainWindow window;
    PreferencesDialog* dialog = openPreferences(window);
    dialog->showPage(PreferencesDialog::Page::Appearance);
    QVERIFY(dialog->appearanceButton(Appearance::System)->isChecked());
    press(dialog->appearanceButton(Appearance::Dark));
    clickButton(dialog->buttons(), QDialogButtonBox::Apply);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(window.actions()->appearanceAction(Appearance::Dark)->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
    // The canvas follows the palette.
    QTRY_VERIFY(window.canvasScene()->style().background.lightness() < 100);

    press(dialog->appearanceButton(Appearance::Light));
    clickButton(dialog->buttons(), QDialogButtonBox::Ok);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    QVERIFY(window.actions()->appearanceAction(Appearance::Light)->isChecked());

    // View ▸ Appearance is the same choice.
    window.actions()->appearanceAction(Appearance::Dark)->trigger();
    QCOMPARE(Preferences::instance().appearance(), Appearance::Dark);
    dialog = openPreferences(window);
    QVERIFY(dialog->appearanceButton(Appearance::Dark)->isChecked());
}

void tst_PreferencesDialog::cancelChangesNothing() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    const QMap<QString, QVariant> before = storedSettings();
    const int runs = window.document()->critiqueSession()->runCount();
    const QPalette palette = QApplication::palette();

    PreferencesDialog* dialog = openPreferences(window);
    chooseSeverity(*dialog, "spof.single-instance", 3);
    toggleRule(*dialog, "failure.sync-no-timeout");
    dialog->authorField()->setText(QStringLiteral("Someone Else"));
    dialog->gridSizeField()->setValue(50);
    dialog->showGridBox()->setChecked(false);
    dialog->snapBox()->setChecked(false);
    dialog->appearanceButton(Appearance::Dark)->setChecked(true);
    QVERIFY(dialog->hasChanges());
    const QPointer<PreferencesDialog> cancelled(dialog);
    clickButton(dialog->buttons(), QDialogButtonBox::Cancel);

    QVERIFY(!cancelled || !cancelled->isVisible());
    QCOMPARE(storedSettings(), before);
    QCOMPARE(window.document()->critiqueSession()->runCount(), runs);
    QCOMPARE(window.canvasScene()->grid(), CanvasGrid{});
    QCOMPARE(window.document()->author().isEmpty(), false);
    QVERIFY(window.document()->author() != QStringLiteral("Someone Else"));
    QCOMPARE(QApplication::palette(), palette);
    QVERIFY(findingOf(window, "spof.single-instance", "db")->severity == Severity::Error);
}

void tst_PreferencesDialog::applyFollowsTheChoices() {
    MainWindow window;
    PreferencesDialog* dialog = openPreferences(window);
    QAbstractButton* apply = dialog->buttons()->button(QDialogButtonBox::Apply);
    QVERIFY(!apply->isEnabled());
    dialog->gridSizeField()->setValue(30);
    QVERIFY(apply->isEnabled());
    dialog->gridSizeField()->setValue(20); // back where it was
    QVERIFY(!apply->isEnabled());
    toggleRule(*dialog, "spof.single-instance");
    QVERIFY(apply->isEnabled());
    toggleRule(*dialog, "spof.single-instance");
    QVERIFY(!apply->isEnabled());
}

void tst_PreferencesDialog::fitsAtItsDefaultSize_data() {
    QTest::addColumn<Appearance>("appearance");
    QTest::newRow("light") << Appearance::Light;
    QTest::newRow("dark") << Appearance::Dark;
}

void tst_PreferencesDialog::fitsAtItsDefaultSize() {
    QFETCH(Appearance, appearance);
    Preferences::instance().setAppearance(appearance);
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    // Some choices made, so every column has something to show.
    QVERIFY(window.critiqueDock()->selectFinding("spof.single-instance", "db"));
    QVERIFY(window.critiqueDock()->setCurrentSeverityInDesign(Severity::Warning));
    CritiquePreferences::instance().setSeverity("data.dual-write", Severity::Error);
    CritiquePreferences::instance().setDisabled("data.unbounded-growth", true);
    PreferencesDialog* dialog = openPreferences(window);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString shots = qEnvironmentVariable("ARCHBOARD_SCREENSHOT_DIR");
    const auto* tabs = dialog->findChild<QTabWidget*>();
    for (int page = 0; page < tabs->count(); ++page) {
        dialog->showPage(static_cast<PreferencesDialog::Page>(page));
        QWidget* current = tabs->currentWidget();
        QApplication::processEvents();
        // Nothing squeezed below the size it needs, nothing outside its page.
        for (QWidget* child : current->findChildren<QWidget*>()) {
            if (!child->isVisible() || child->parentWidget() != current)
                continue;
            const QString what = child->objectName() + QLatin1Char(' ') +
                                 QString::fromLatin1(child->metaObject()->className());
            QVERIFY2(current->rect().contains(child->geometry()), qPrintable(what));
            const QSize need = child->minimumSizeHint();
            QVERIFY2(child->width() >= need.width(), qPrintable(what));
            if (auto* label = qobject_cast<QLabel*>(child); label && label->wordWrap())
                QVERIFY2(child->height() >= label->heightForWidth(child->width()),
                         qPrintable(what));
            else
                QVERIFY2(child->height() >= need.height(), qPrintable(what));
        }
        if (page == 0) {
            // Every column shows in full beside the rule's title.
            const QTreeView* view = dialog->critiquePage()->view();
            QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
            QVERIFY(view->header()->sectionSize(RulePreferencesModel::RuleColumn) >= 200);
        }
        if (!shots.isEmpty())
            dialog->grab().save(QStringLiteral("%1/preferences-%2-%3.png")
                                    .arg(shots, appearanceToString(appearance))
                                    .arg(page));
    }
}

void tst_PreferencesDialog::designSettingsAreSavedWithTheDesign() {
    const QString path = m_dir.filePath(QStringLiteral("settings.archboard"));
    {
        MainWindow window;
        QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
        CritiqueDock* dock = window.critiqueDock();
        QVERIFY(dock->selectFinding("spof.single-instance", "db"));
        QVERIFY(dock->setCurrentSeverityInDesign(Severity::Info));
        QTRY_VERIFY(dock->selectFinding("spof.single-instance", "db"));
        QVERIFY(dock->turnOffCurrentRuleInDesign());
        QVERIFY(window.saveTo(path));
    }
    MainWindow window;
    QVERIFY(window.openFile(path));
    const CritiqueSettings& settings = window.document()->design().critique();
    QCOMPARE(settings.disabled, std::vector<std::string>{"spof.single-instance"});
    QVERIFY(settings.severity.at("spof.single-instance") == Severity::Info);
    QVERIFY(!findingOf(window, "spof.single-instance", "db"));
}

void tst_PreferencesDialog::ruleOffInDesignCanBeTurnedBackOn() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    DesignDocument* document = window.document();
    QMenu none;
    addTurnBackOnMenu(none, *document);
    QVERIFY(none.actions().isEmpty()); // nothing is off

    QVERIFY(window.critiqueDock()->selectFinding("spof.single-instance", "db"));
    QVERIFY(window.critiqueDock()->turnOffCurrentRuleInDesign());
    QTRY_VERIFY(!findingOf(window, "spof.single-instance", "db"));

    // The dock's menu lists the rule under Turn Back On in This Design.
    QMenu menu;
    addTurnBackOnMenu(menu, *document);
    auto* rules = menu.findChild<QMenu*>(QStringLiteral("turnBackOnMenu"));
    QVERIFY(rules);
    QCOMPARE(rules->actions().size(), 1);
    QCOMPARE(rules->actions().front()->data().toString(), QStringLiteral("spof.single-instance"));
    rules->actions().front()->trigger();
    QVERIFY(document->design().critique().disabled.empty());
    QTRY_VERIFY(findingOf(window, "spof.single-instance", "db"));
    QVERIFY(document->undoStack()->undoText().contains(QStringLiteral("This Design")));

    document->undoStack()->undo();
    QTRY_VERIFY(!findingOf(window, "spof.single-instance", "db"));
    QVERIFY(!turnRuleBackOnInDesign(*document, "failure.sync-no-timeout")); // not off
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
