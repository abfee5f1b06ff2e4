#pragma once

#include "model/designchange.h"

#include <QStatusBar>

class QLabel;

namespace archboard {

class CanvasScene;
class CanvasView;
class DesignDocument;

// The main window's status bar: how many elements are selected, what the
// design holds, and the zoom, next to the messages the window shows.
class DesignStatusBar : public QStatusBar {
    Q_OBJECT

public:
    DesignStatusBar(DesignDocument* document, CanvasScene* scene, CanvasView* view,
                    QWidget* parent);

private:
    void onDocumentChanged(const DesignChange& change);
    void updateSummary();
    void updateSelection();
    void updateZoom(double zoom);

    DesignDocument* m_document;
    CanvasScene* m_scene;
    QLabel* m_summary;
    QLabel* m_selection;
    QLabel* m_zoom;
};

} // namespace archboard
