#include "outlinedock.h"

#include "model/design.h"
#include "outlinemodel.h"
#include "widgets/document/designdocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>

namespace archboard {

namespace {

constexpr int kTechnologyWidth = 90; // pixels; longer technologies elide, the tooltip has them

} // namespace

OutlineDock::OutlineDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Outline"), parent)
    , m_document(document)
    , m_model(new OutlineModel(document, this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("No design open"), m_stack))
    , m_tree(new QTreeView(m_stack)) {
    setObjectName(QStringLiteral("outlineDock"));
    setAccessibleName(tr("Outline"));

    m_placeholder->setObjectName(QStringLiteral("outlinePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
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
    // Names take the room the dock has; kinds are short words; technology
    // gets a fixed share the user can widen.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OutlineModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OutlineModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutlineModel::TechnologyColumn, QHeaderView::Interactive);
    header->resizeSection(OutlineModel::TechnologyColumn, kTechnologyWidth);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);
    setWidget(m_stack);

    // Opening a file starts over with everything open.
    const auto openAll = [this] { openRows({}, 0, m_model->rowCount() - 1); };
    connect(m_model, &QAbstractItemModel::modelReset, this, openAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutlineDock::openRows);
    connect(m_document, &DesignDocument::changed, this, &OutlineDock::updatePlaceholder);
    connect(m_document, &DesignDocument::filePathChanged, this, &OutlineDock::updatePlaceholder);
    openAll();
    updatePlaceholder();
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
    const bool open = !m_document->filePath().isEmpty() || !design.components().empty() ||
                      !design.connections().empty() || !design.groups().empty() ||
                      !design.notes().empty() || !design.annotations().empty();
    m_stack->setCurrentWidget(open ? static_cast<QWidget*>(m_tree) : m_placeholder);
}

} // namespace archboard
