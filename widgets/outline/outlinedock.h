#pragma once

#include "model/designchange.h"
#include "model/kinds.h"

#include <QDockWidget>
#include <QHash>
#include <QMultiHash>
#include <vector>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace archboard {

class DesignDocument;

// The design as a tree: groups with their members, components, connections,
// notes and annotations. Each element's row keeps its id (ElementIdRole) so
// selection can later follow the canvas.
class OutlineDock : public QDockWidget {
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, TechnologyColumn, ColumnCount };
    enum Role {
        ElementIdRole = Qt::UserRole, // QString: the element's id; empty on section rows
        KeyRole,                      // QString: unique per row, keeps expansion across rebuilds
    };

    explicit OutlineDock(DesignDocument* document, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    // The top-level row for one kind of element, or null when it is not shown
    // (notes and annotations appear only when the design has some).
    QTreeWidgetItem* sectionItem(ElementType type) const;

private:
    void onDocumentChanged(const DesignChange& change);
    void rebuild(bool resetExpansion);
    // Refills the rows of edited elements; false when the tree must be rebuilt.
    bool refillRows(const std::vector<ElementId>& modified);
    void refillRow(const ElementId& id);
    // Puts rows of added elements in place and takes those of removed ones
    // away; false when the tree must be rebuilt.
    bool applyAdditionsAndRemovals(const DesignChange& change);
    // A row for an element, kept by its id; at the end unless `position`.
    QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const ElementId& id, const QString& key,
                            int position = -1);
    // Drops a row and those under it from the rows kept by id.
    void forgetRows(QTreeWidgetItem* item);
    void updatePlaceholder();

    DesignDocument* m_document;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTreeWidget* m_tree;
    QHash<int, QTreeWidgetItem*> m_sections;      // by ElementType
    QMultiHash<QString, QTreeWidgetItem*> m_rows; // an element's rows, by id
};

} // namespace archboard
