#pragma once

#include "model/elementid.h"

#include <QGraphicsView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>

namespace archboard {

class CanvasItem;
class CanvasScene;

// The canvas on screen: zoom (Ctrl+wheel, actions), pan (space-drag, middle
// button, wheel), rubber-band selection, arrow keys to move the selection,
// Tab to walk the items, and renaming in place.
class CanvasView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.02;
    static constexpr double kMaxZoom = 4.0;

    explicit CanvasView(CanvasScene* scene, QWidget* parent = nullptr);

    CanvasScene* canvasScene() const { return m_scene; }
    double zoom() const;
    // The in-place editor while one is open: a line for names and labels,
    // a text box for notes.
    QLineEdit* renameEditor() const { return qobject_cast<QLineEdit*>(m_editor); }
    QPlainTextEdit* noteEditor() const { return qobject_cast<QPlainTextEdit*>(m_editor); }

public Q_SLOTS:
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Everything in view, filling it, at most at 150 %.
    void zoomToFit();
    // Renames the element in place (the only selected one when `id` is empty).
    void startRename(const QString& id = QString());
    void centerOnElement(const ElementId& id);

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    // An empty design says how to begin, in the middle of the view.
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    // Selects the next (or previous) component, group or note after the
    // focused one, in design order; returns it.
    CanvasItem* selectNext(bool forward);
    void scaleBy(double factor);
    void finishRename(bool commit);
    void updateAccessibleDescription();
    bool designIsEmpty() const;

    CanvasScene* m_scene;
    QPointer<QWidget> m_editor;
    ElementId m_editedId;
    bool m_showsHint = false;
    bool m_spacePanning = false;
    bool m_middlePanning = false;
    QPoint m_panLast;
    int m_nudgeKey = 0;
};

} // namespace archboard
