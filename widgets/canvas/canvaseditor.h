#pragma once

#include "model/kinds.h"

#include <QObject>
#include <QString>

namespace archboard {

class CanvasScene;
class CanvasView;

enum class Alignment { Left, HorizontalCenter, Right, Top, VerticalCenter, Bottom };

// The canvas's edit commands, as the menus and shortcuts call them: each
// reads the selection, builds one undo command and pushes it.
class CanvasEditor : public QObject {
    Q_OBJECT

public:
    // MIME type of copied elements; the text is design JSON as well.
    static constexpr const char* kDesignMimeType = "application/x-archboard-design+json";
    static constexpr double kPasteOffset = 40;

    CanvasEditor(CanvasScene* scene, CanvasView* view, QObject* parent = nullptr);

public Q_SLOTS:
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    // True when the clipboard holds something paste() can use: a copy from
    // a canvas, or text that looks like a design in JSON.
    static bool canPaste();
    void duplicateSelection();
    void selectAll();
    void align(archboard::Alignment alignment);
    void distribute(Qt::Orientation orientation);
    // Connects the two selected components, towards the one picked last.
    void connectSelected(archboard::ConnectionKind kind);
    // Selects the next element whose name or text contains `text` (case
    // insensitive) after the current one; false when nothing matches.
    bool findNext(const QString& text);

private:
    void pasteText(const QByteArray& json, double dx, double dy);

    CanvasScene* m_scene;
    CanvasView* m_view;
    int m_pasteCount = 0;
};

} // namespace archboard
