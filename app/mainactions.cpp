#include "mainactions.h"

#include "widgets/canvas/canvaseditor.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>
#include <QUndoStack>

namespace archboard {

namespace {

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text,
                    const QString& accessibleName, const QKeySequence& shortcut = {},
                    const QString& iconName = {}) {
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    // Menus expose the text; the tip and status text name the command plainly.
    action->setToolTip(accessibleName);
    action->setStatusTip(accessibleName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    return action;
}

QString name(const char* text) {
    return QString::fromLatin1(text);
}

} // namespace

MainActions::MainActions(QObject* parent)
    : QObject(parent)
    , m_new(makeAction(this, name("newAction"), tr("&New"), tr("Start a new design"),
                       QKeySequence::New, name("document-new")))
    , m_open(makeAction(this, name("openAction"), tr("&Open\u2026"), tr("Open a design file"),
                        QKeySequence::Open, name("document-open")))
    , m_save(makeAction(this, name("saveAction"), tr("&Save"), tr("Save the design"),
                        QKeySequence::Save, name("document-save")))
    , m_saveAs(makeAction(this, name("saveAsAction"), tr("Save &As\u2026"),
                          tr("Save the design under a new name"), QKeySequence::SaveAs,
                          name("document-save-as")))
    , m_exportSvg(makeAction(this, name("exportSvgAction"), tr("&SVG\u2026"),
                             tr("Export the canvas as an SVG drawing")))
    , m_exportPng(makeAction(this, name("exportPngAction"), tr("&PNG\u2026"),
                             tr("Export the canvas as a PNG picture"), QKeySequence(tr("Ctrl+E"))))
    , m_exportPdf(makeAction(this, name("exportPdfAction"), tr("P&DF\u2026"),
                             tr("Export the canvas as a PDF document")))
    , m_exportFindings(makeAction(this, name("exportFindingsAction"),
                                  tr("Include Critique &Badges"),
                                  tr("Draw the critic's badges on exported pictures")))
    , m_close(makeAction(this, name("closeAction"), tr("&Close"), tr("Close the design"),
                         QKeySequence::Close, name("document-close")))
    , m_quit(makeAction(this, name("quitAction"), tr("&Quit"), tr("Quit Archboard"),
                        QKeySequence::Quit, name("application-exit")))
    , m_clearRecent(makeAction(this, name("clearRecentAction"), tr("&Clear Menu"),
                               tr("Forget the recently opened files")))
    , m_undo(makeAction(this, name("undoAction"), tr("&Undo"), tr("Undo the last edit"),
                        QKeySequence::Undo, name("edit-undo")))
    , m_redo(makeAction(this, name("redoAction"), tr("&Redo"), tr("Redo the edit undone last"),
                        QKeySequence::Redo, name("edit-redo")))
    , m_cut(makeAction(this, name("cutAction"), tr("Cu&t"), tr("Cut the selection"),
                       QKeySequence::Cut, name("edit-cut")))
    , m_copy(makeAction(this, name("copyAction"), tr("&Copy"), tr("Copy the selection"),
                        QKeySequence::Copy, name("edit-copy")))
    , m_paste(makeAction(this, name("pasteAction"), tr("&Paste"), tr("Paste copied elements"),
                         QKeySequence::Paste, name("edit-paste")))
    , m_duplicate(makeAction(this, name("duplicateAction"), tr("D&uplicate"),
                             tr("Duplicate the selection"), QKeySequence(tr("Ctrl+D"))))
    , m_delete(makeAction(this, name("deleteAction"), tr("&Delete"), tr("Delete the selection"),
                          QKeySequence::Delete, name("edit-delete")))
    , m_selectAll(makeAction(this, name("selectAllAction"), tr("Select &All"),
                             tr("Select everything on the canvas"), QKeySequence::SelectAll,
                             name("edit-select-all")))
    , m_rename(makeAction(this, name("renameAction"), tr("Re&name"),
                          tr("Rename the selected element"), QKeySequence(Qt::Key_F2)))
    , m_find(makeAction(this, name("findAction"), tr("&Find\u2026"), tr("Find an element by name"),
                        QKeySequence::Find, name("edit-find")))
    , m_preferences(makeAction(this, name("preferencesAction"), tr("Pr&eferences\u2026"),
                               tr("Change your preferences"), QKeySequence::Preferences,
                               name("preferences-system")))
    , m_tidy(makeAction(this, name("tidyLayoutAction"), tr("&Tidy Layout"),
                        tr("Lay the design out left to right along its request flow"),
                        QKeySequence(tr("Ctrl+Shift+L"))))
    , m_zoomIn(makeAction(this, name("zoomInAction"), tr("Zoom &In"), tr("Zoom in"),
                          QKeySequence::ZoomIn, name("zoom-in")))
    , m_zoomOut(makeAction(this, name("zoomOutAction"), tr("Zoom &Out"), tr("Zoom out"),
                           QKeySequence::ZoomOut, name("zoom-out")))
    , m_zoomFit(makeAction(this, name("zoomToFitAction"), tr("Zoom to &Fit"),
                           tr("Show the whole design"), QKeySequence(tr("Ctrl+9")),
                           name("zoom-fit-best")))
    , m_actualSize(makeAction(this, name("actualSizeAction"), tr("&Actual Size"),
                              tr("Zoom to 100 %"), QKeySequence(tr("Ctrl+0")),
                              name("zoom-original")))
    , m_snap(makeAction(this, name("snapToGridAction"), tr("&Snap to Grid"),
                        tr("Snap moved elements to the grid"), QKeySequence(tr("Ctrl+'"))))
    , m_about(makeAction(this, name("aboutAction"), tr("&About Archboard"),
                         tr("Show the version of Archboard")))
    , m_aboutQt(
          makeAction(this, name("aboutQtAction"), tr("About &Qt"), tr("Show the version of Qt")))
    , m_appearance(new QActionGroup(this)) {
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    // Most Linux desktops define no Preferences key; Ctrl+, is the usual one.
    if (QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
        m_preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_snap->setCheckable(true);
    m_snap->setChecked(true);
    // Ctrl+= as well as Ctrl++: the plus needs Shift on most keyboards.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});

    const struct {
        Alignment alignment;
        const char* object;
        QString text;
        QKeySequence shortcut;
    } aligns[] = {
        {Alignment::Left, "alignLeftAction", tr("Align &Left"), QKeySequence(tr("Ctrl+Alt+Left"))},
        {Alignment::HorizontalCenter, "alignCenterAction", tr("Align &Centres"),
         QKeySequence(tr("Ctrl+Alt+C"))},
        {Alignment::Right, "alignRightAction", tr("Align &Right"),
         QKeySequence(tr("Ctrl+Alt+Right"))},
        {Alignment::Top, "alignTopAction", tr("Align &Top"), QKeySequence(tr("Ctrl+Alt+Up"))},
        {Alignment::VerticalCenter, "alignMiddleAction", tr("Align &Middles"),
         QKeySequence(tr("Ctrl+Alt+M"))},
        {Alignment::Bottom, "alignBottomAction", tr("Align &Bottom"),
         QKeySequence(tr("Ctrl+Alt+Down"))},
    };
    for (const auto& a : aligns) {
        QAction* action = makeAction(this, name(a.object), a.text,
                                     QString(a.text).remove(QLatin1Char('&')), a.shortcut);
        action->setData(static_cast<int>(a.alignment));
        m_align.append(action);
    }
    QAction* distributeH = makeAction(
        this, name("distributeHorizontallyAction"), tr("Distribute &Horizontally"),
        tr("Space the selection evenly from left to right"), QKeySequence(tr("Ctrl+Alt+H")));
    distributeH->setData(static_cast<int>(Qt::Horizontal));
    QAction* distributeV = makeAction(
        this, name("distributeVerticallyAction"), tr("Distribute &Vertically"),
        tr("Space the selection evenly from top to bottom"), QKeySequence(tr("Ctrl+Alt+V")));
    distributeV->setData(static_cast<int>(Qt::Vertical));
    m_distribute = {distributeH, distributeV};

    for (std::size_t i = 0; i < enumCount<ConnectionKind>(); ++i) {
        const auto kind = static_cast<ConnectionKind>(i);
        QString text = kindDisplayName(kind);
        text[0] = text[0].toUpper();
        QAction* action =
            makeAction(this, QStringLiteral("connect_%1Action").arg(toQString(toString(kind))),
                       QStringLiteral("&%1 %2").arg(i + 1).arg(text),
                       tr("Connect the two selected components with a %1 connection: %2")
                           .arg(kindDisplayName(kind), kindExplanation(kind)),
                       QKeySequence(tr("Ctrl+Shift+%1").arg(i + 1)));
        action->setData(static_cast<int>(kind));
        m_connect.append(action);
    }

    m_exportFindings->setCheckable(true);
    m_appearance->setExclusive(true);
    const std::pair<Appearance, QString> looks[] = {
        {Appearance::System, tr("&System")},
        {Appearance::Light, tr("&Light")},
        {Appearance::Dark, tr("&Dark")},
    };
    for (const auto& [appearance, text] : looks) {
        QAction* action = makeAction(
            m_appearance, QStringLiteral("appearance%1Action").arg(appearanceToString(appearance)),
            text, appearanceDescription(appearance));
        action->setCheckable(true);
        action->setData(appearanceToString(appearance));
        m_appearance->addAction(action);
    }
}

void MainActions::bind(QUndoStack* stack) {
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    // The labels stay "Undo" and "Redo", so the toolbar never changes width;
    // what they would undo or redo goes to the tooltip and status tip.
    const auto describe = [](QAction* action, const QString& fallback, const QString& step) {
        const QString tip = step.isEmpty() ? fallback : step;
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this, describe](const QString& text) {
        describe(m_undo, tr("Undo the last edit"), text.isEmpty() ? text : tr("Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this, describe](const QString& text) {
        describe(m_redo, tr("Redo the edit undone last"),
                 text.isEmpty() ? text : tr("Redo %1").arg(text));
    });
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
}

QAction* MainActions::connectAction(ConnectionKind kind) const {
    return m_connect.value(static_cast<qsizetype>(kind));
}

QAction* MainActions::appearanceAction(Appearance appearance) const {
    for (QAction* action : m_appearance->actions())
        if (action->data().toString() == appearanceToString(appearance))
            return action;
    return nullptr;
}

QList<QAction*> MainActions::editingActions() const {
    QList<QAction*> actions{m_cut, m_copy, m_duplicate, m_delete, m_rename};
    actions += m_align;
    actions += m_distribute;
    actions += m_connect;
    return actions;
}

} // namespace archboard
