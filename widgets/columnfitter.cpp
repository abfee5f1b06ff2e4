#include "columnfitter.h"

#include <algorithm>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace archboard {

ColumnFitter::ColumnFitter(QTreeView* view, std::vector<Claim> priority, int stretch)
    : QObject(view)
    , m_view(view)
    , m_priority(std::move(priority))
    , m_stretch(stretch) {
    QHeaderView* header = view->header();
    header->setStretchLastSection(false);
    // Contents are measured on the rows around those in view, not on all of
    // a large design's thousands: a fit follows every edit.
    header->setResizeContentsPrecision(kMeasuredRows);
    // The user may widen or narrow any column but the one that takes the
    // rest; a column they sized keeps that width from then on.
    for (int column = 0; column < header->count(); ++column)
        header->setSectionResizeMode(column, column == m_stretch ? QHeaderView::Fixed
                                                                 : QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fitting || column == m_stretch)
            return;
        m_userWidths[column] = size;
        scheduleFit();
    });
    QWidget* viewport = view->viewport();
    viewport->installEventFilter(this);
    m_viewport = viewport;
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::scheduleFit);
    }
    connect(view, &QTreeView::expanded, this, &ColumnFitter::scheduleFit);
    fit();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    // The viewport as it was when watching began: while the view is being
    // destroyed, its viewport still gets events, but asking the view is wrong.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::scheduleFit() {
    // Many rows change at once when a design opens: fit once after them.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fit();
    });
}

void ColumnFitter::fit() {
    QHeaderView* header = m_view->header();
    const int count = header->count();
    if (count == 0)
        return;
    std::vector<int> widths(static_cast<std::size_t>(count));
    int used = 0;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        int& width = widths[static_cast<std::size_t>(column)];
        width = header->sectionSizeHint(column);
        if (const auto user = m_userWidths.find(column); user != m_userWidths.end())
            width = std::max(width, user->second);
        used += width;
    }
    const int total = m_view->viewport()->width();
    int left = total - used;
    for (const auto& [column, maxShare] : m_priority) {
        if (column >= count || header->isSectionHidden(column) || left <= 0 ||
            m_userWidths.contains(column))
            continue;
        int& width = widths[static_cast<std::size_t>(column)];
        const int wanted =
            std::min(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                     static_cast<int>(total * maxShare));
        const int extra = std::clamp(wanted - width, 0, left);
        width += extra;
        left -= extra;
    }
    if (m_stretch < count)
        widths[static_cast<std::size_t>(m_stretch)] += std::max(left, 0);
    m_fitting = true;
    for (int column = 0; column < count; ++column)
        if (!header->isSectionHidden(column))
            header->resizeSection(column, widths[static_cast<std::size_t>(column)]);
    m_fitting = false;
}

} // namespace archboard
