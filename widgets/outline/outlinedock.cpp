#include "outlinedock.h"

#include "model/design.h"
#include "outlinemodel.h"
#include "widgets/columnfitter.h"
#include "widgets/document/designdocument.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace archboard {

namespace {

// Nearly half a narrow dock's width for names; a kind or technology no
// more than a third.
constexpr double kNameShare = 0.45;
constexpr double kDetailShare = 0.3;

} // namespace

OutlineDock::OutlineDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Outline"), parent)
    , m_document(document)
    , m_model(new OutlineModel(document, this))
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("This design is empty.\nDrag a kind from the Palette onto "
                                  "the canvas, or double-click it, to begin."),
                               m_stack))
    , m_tree(new QTreeView(m_stack)) {
    setObjectName(QStringLiteral("outlineDock"));
    setAccessibleName(tr("Outline"));

    m_placeholder->setObjectName(QStringLiteral("outlinePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText); // muted, in light and dark
    m_placeholder->setAccessibleName(tr("Outline status"));

    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setAccessibleName(tr("Design outline"));
    m_tree->setAccessibleDescription(
        tr("Groups, components, connections, notes and annotations of the open design"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Every header shows; then names get room first, kinds and technologies
    // what is left (they elide, the tooltip has them).
    new ColumnFitter(m_tree,
                     {{OutlineModel::NameColumn, kNameShare},
                      {OutlineModel::KindColumn, kDetailShare},
                      {OutlineModel::TechnologyColumn, kDetailShare}},
                     OutlineModel::NameColumn);

    m_heading->setObjectName(QStringLiteral("outlineHeading"));
    m_heading->setAccessibleName(tr("Design name"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setContentsMargins(6, 4, 6, 4);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);
    setWidget(body);

    // Opening a file starts over with everything open.
    const auto openAll = [this] { openRows({}, 0, m_model->rowCount() - 1); };
    connect(m_model, &QAbstractItemModel::modelReset, this, openAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutlineDock::openRows);
    connect(m_document, &DesignDocument::changed, this, &OutlineDock::updatePlaceholder);
    connect(m_document, &DesignDocument::filePathChanged, this, &OutlineDock::updatePlaceholder);
    connect(m_document, &DesignDocument::changed, this, [this](const DesignChange& change) {
        if (change.reset || change.designInfo)
            updateHeading();
    });
    connect(m_document, &DesignDocument::filePathChanged, this, &OutlineDock::updateHeading);
    openAll();
    updatePlaceholder();
    updateHeading();
}

QModelIndex OutlineDock::sectionIndex(ElementType type) const {
    return m_model->sectionIndex(type);
}

void OutlineDock::openRows(const QModelIndex& parent, int first, int last) {
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, OutlineModel::NameColumn, parent);
        if (m_model->spansColumns(index))
            m_tree->setFirstColumnSpanned(row, parent, true);
        if (m_model->flags(index).testFlag(Qt::ItemNeverHasChildren))
            continue;
        const int rows = m_model->rowCount(index);
        if (rows == 0)
            continue;
        m_tree->expand(index);
        openRows(index, 0, rows - 1);
    }
}

void OutlineDock::updatePlaceholder() {
    const Design& design = m_document->design();
    const bool empty = design.components().empty() && design.connections().empty() &&
                       design.groups().empty() && design.notes().empty() &&
                       design.annotations().empty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_placeholder) : m_tree);
}

void OutlineDock::updateHeading() {
    const QString name = m_document->displayName();
    m_heading->setText(name);
    m_heading->setToolTip(m_document->filePath().isEmpty() ? name : m_document->filePath());
}

} // namespace archboard
