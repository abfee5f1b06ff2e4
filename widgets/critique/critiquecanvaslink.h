#pragma once

#include <QObject>
#include <QStringList>

namespace archboard {

class CanvasScene;
class CanvasView;
class CritiqueDock;
class CritiqueSession;

// Keeps the canvas and the Critique dock in agreement: the session's open
// findings become badges on their elements; making a finding current selects
// its targets, centres them and highlights them while it stays current; what
// the user selects on the canvas narrows the dock when it is set to.
// Selections the link itself makes do not narrow the list (the dock led).
class CritiqueCanvasLink : public QObject {
    Q_OBJECT

public:
    CritiqueCanvasLink(CritiqueSession* session, CritiqueDock* dock, CanvasScene* scene,
                       CanvasView* view, QObject* parent = nullptr);

private:
    void updateMarks();
    void focus(const QStringList& ids);
    void highlight(const QStringList& ids);
    void onSelectionChanged();

    CritiqueSession* m_session;
    CritiqueDock* m_dock;
    CanvasScene* m_scene;
    CanvasView* m_view;
    bool m_focusing = false;
};

} // namespace archboard
