#pragma once

#include "model/designchange.h"

#include <QDockWidget>
#include <QPointer>
#include <vector>

class QScrollArea;

namespace archboard {

class ComponentForm;
class ConnectionForm;
class DesignDocument;
class DesignInfoForm;
class EditForm;
class GroupForm;
class NoteForm;
class SelectionSummary;

// Edits what is selected: a component, connection, group or note; the
// design's title, prompt and requirements when nothing is; a read-only
// summary for several elements or an annotation. It follows the document's
// changes (without moving the caret of a field being typed in) and never
// writes to the model itself: every change is an undoable command on the
// document's stack.
class PropertiesDock : public QDockWidget {
    Q_OBJECT

public:
    enum class Page { Design, Component, Connection, Group, Note, Summary };

    explicit PropertiesDock(DesignDocument* document, QWidget* parent = nullptr);

    const std::vector<ElementId>& selection() const { return m_selection; }
    Page currentPage() const { return m_page; }
    QWidget* pageWidget(Page page) const;

    // Technologies the Technology field suggests as one types (the catalogue's).
    void setTechnologySuggestions(const QStringList& technologies);

public Q_SLOTS:
    // The ids selected on the canvas (or elsewhere); unknown ids are ignored.
    void setSelection(const std::vector<ElementId>& ids);

private:
    void onDocumentChanged(const DesignChange& change);
    void showSelection();
    void showPage(Page page);
    EditForm* editForm(Page page) const;

    // Guarded: a window tearing down may report a selection after its
    // document has gone.
    QPointer<DesignDocument> m_document;
    std::vector<ElementId> m_selection;
    Page m_page = Page::Design;
    QScrollArea* m_scroll;
    DesignInfoForm* m_designForm;
    ComponentForm* m_componentForm;
    ConnectionForm* m_connectionForm;
    GroupForm* m_groupForm;
    NoteForm* m_noteForm;
    SelectionSummary* m_summary;
};

} // namespace archboard
