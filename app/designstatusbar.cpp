#include "designstatusbar.h"

#include "model/design.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/document/designdocument.h"

#include <QLabel>

namespace archboard {

DesignStatusBar::DesignStatusBar(DesignDocument* document, CanvasScene* scene, CanvasView* view,
                                 QWidget* parent)
    : QStatusBar(parent)
    , m_document(document)
    , m_scene(scene)
    , m_summary(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_zoom(new QLabel(this)) {
    setAccessibleName(tr("Status bar"));
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setAccessibleName(tr("Design summary"));
    m_selection->setObjectName(QStringLiteral("selectionLabel"));
    m_selection->setAccessibleName(tr("Selection"));
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(tr("9999 %")));
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addPermanentWidget(m_selection);
    addPermanentWidget(m_summary);
    addPermanentWidget(m_zoom);

    connect(document, &DesignDocument::changed, this, &DesignStatusBar::onDocumentChanged);
    connect(scene, &QGraphicsScene::selectionChanged, this, &DesignStatusBar::updateSelection);
    connect(view, &CanvasView::zoomChanged, this, &DesignStatusBar::updateZoom);
    updateSummary();
    updateSelection();
    updateZoom(view->zoom());
}

void DesignStatusBar::onDocumentChanged(const DesignChange& change) {
    if (change.reset || !change.added.empty() || !change.removed.empty())
        updateSummary();
}

void DesignStatusBar::updateSummary() {
    const Design& design = m_document->design();
    if (m_document->filePath().isEmpty() && design.components().empty()) {
        m_summary->clear();
        return;
    }
    const auto count = [](std::size_t n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    QStringList parts{
        count(design.components().size(), tr("1 component"), tr("%1 components")),
        count(design.connections().size(), tr("1 connection"), tr("%1 connections")),
    };
    if (!design.groups().empty())
        parts.append(count(design.groups().size(), tr("1 group"), tr("%1 groups")));
    m_summary->setText(parts.join(tr(", ")));
}

void DesignStatusBar::updateSelection() {
    const std::size_t selected = m_scene->selectedItems().size();
    m_selection->setText(selected == 0 ? QString() : tr("%1 selected").arg(selected));
}

void DesignStatusBar::updateZoom(double zoom) {
    m_zoom->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

} // namespace archboard
