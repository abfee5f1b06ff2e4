#include "maintoolbar.h"

#include "mainactions.h"
#include "widgets/canvas/canvaseditor.h"

#include <QAction>
#include <QLineEdit>

namespace archboard {

namespace {

constexpr int kFindFieldWidth = 240; // pixels

} // namespace

MainToolBar::MainToolBar(const MainActions& actions, CanvasEditor* editor, QWidget* parent)
    : QToolBar(tr("Main"), parent)
    , m_editor(editor)
    , m_findField(new QLineEdit(this)) {
    setObjectName(QStringLiteral("mainToolBar"));
    setAccessibleName(tr("Main toolbar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonFollowStyle);
    addActions({actions.newDesign(), actions.open(), actions.save()});
    addSeparator();
    addActions({actions.undo(), actions.redo()});
    addSeparator();
    addAction(actions.deleteSelection());
    addSeparator();
    addActions({actions.zoomOut(), actions.zoomToFit(), actions.zoomIn(), actions.snapToGrid()});
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);

    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setAccessibleName(tr("Find by name"));
    m_findField->setPlaceholderText(
        tr("Find (%1)").arg(actions.find()->shortcut().toString(QKeySequence::NativeText)));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(kFindFieldWidth);
    addWidget(m_findField);

    connect(actions.find(), &QAction::triggered, this, [this] {
        m_findField->setFocus(Qt::ShortcutFocusReason);
        m_findField->selectAll();
    });
    connect(m_findField, &QLineEdit::returnPressed, this, &MainToolBar::findNext);
    connect(m_findField, &QLineEdit::textEdited, this, &MainToolBar::findNext);
}

void MainToolBar::findNext() {
    if (!m_editor->findNext(m_findField->text()) && !m_findField->text().isEmpty())
        Q_EMIT nothingFound(m_findField->text());
}

} // namespace archboard
