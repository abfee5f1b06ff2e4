#pragma once

#include "appearance.h"
#include "model/kinds.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QUndoStack;

namespace archboard {

enum class Alignment;

// Every action of the main window with its text, shortcut and accessible
// name, in one place. The window decides what they do and where they appear.
class MainActions : public QObject {
    Q_OBJECT

public:
    explicit MainActions(QObject* parent);

    // Undo and redo follow this stack's state and text.
    void bind(QUndoStack* stack);

    // File
    QAction* newDesign() const { return m_new; }
    QAction* open() const { return m_open; }
    QAction* save() const { return m_save; }
    QAction* saveAs() const { return m_saveAs; }
    QAction* exportSvg() const { return m_exportSvg; }
    QAction* exportPng() const { return m_exportPng; }
    QAction* exportPdf() const { return m_exportPdf; }
    // Checkable: exports carry the critic's badges.
    QAction* exportFindings() const { return m_exportFindings; }
    QAction* closeDesign() const { return m_close; }
    QAction* quit() const { return m_quit; }
    QAction* clearRecent() const { return m_clearRecent; }
    // Edit
    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    QAction* cut() const { return m_cut; }
    QAction* copy() const { return m_copy; }
    QAction* paste() const { return m_paste; }
    QAction* duplicate() const { return m_duplicate; }
    QAction* deleteSelection() const { return m_delete; }
    QAction* selectAll() const { return m_selectAll; }
    QAction* rename() const { return m_rename; }
    QAction* find() const { return m_find; }
    QAction* preferences() const { return m_preferences; }
    // Arrange: data() holds the Alignment, the orientation or the ConnectionKind.
    const QList<QAction*>& alignActions() const { return m_align; }
    const QList<QAction*>& distributeActions() const { return m_distribute; }
    const QList<QAction*>& connectActions() const { return m_connect; }
    QAction* connectAction(ConnectionKind kind) const;
    QAction* tidyLayout() const { return m_tidy; }
    // View
    QAction* zoomIn() const { return m_zoomIn; }
    QAction* zoomOut() const { return m_zoomOut; }
    QAction* zoomToFit() const { return m_zoomFit; }
    QAction* actualSize() const { return m_actualSize; }
    QAction* snapToGrid() const { return m_snap; }
    // Help
    QAction* about() const { return m_about; }
    QAction* aboutQt() const { return m_aboutQt; }

    QActionGroup* appearanceGroup() const { return m_appearance; }
    QAction* appearanceAction(Appearance appearance) const;

    // Actions that change the design, for enabling with the document.
    QList<QAction*> editingActions() const;

private:
    QAction* m_new;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_exportSvg;
    QAction* m_exportPng;
    QAction* m_exportPdf;
    QAction* m_exportFindings;
    QAction* m_close;
    QAction* m_quit;
    QAction* m_clearRecent;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_cut;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_selectAll;
    QAction* m_rename;
    QAction* m_find;
    QAction* m_preferences;
    QList<QAction*> m_align;
    QList<QAction*> m_distribute;
    QList<QAction*> m_connect;
    QAction* m_tidy;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_zoomFit;
    QAction* m_actualSize;
    QAction* m_snap;
    QAction* m_about;
    QAction* m_aboutQt;
    QActionGroup* m_appearance;
};

} // namespace archboard
