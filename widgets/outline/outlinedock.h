#pragma once

#include "model/kinds.h"

#include <QDockWidget>
#include <QModelIndex>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace archboard {

class DesignDocument;
class OutlineModel;

// The design as a tree: groups with their members, components, connections,
// notes and annotations (OutlineModel). Each element's row keeps its id
// (OutlineModel::ElementIdRole) so selection can later follow the canvas.
class OutlineDock : public QDockWidget {
    Q_OBJECT

public:
    explicit OutlineDock(DesignDocument* document, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    OutlineModel* model() const { return m_model; }
    // The top-level row for one kind of element, or invalid when it is not
    // shown (notes and annotations appear only when the design has some).
    QModelIndex sectionIndex(ElementType type) const;
    // The open design's name above the tree ("Untitled design" until it
    // has a title or a file).
    QLabel* heading() const { return m_heading; }

private:
    // Rows new to the view: sections and groups start open, and their
    // heading spans the columns. Rows seen before keep what the user chose.
    void openRows(const QModelIndex& parent, int first, int last);
    void updatePlaceholder();
    void updateHeading();

    DesignDocument* m_document;
    OutlineModel* m_model;
    QLabel* m_heading;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTreeView* m_tree;
};

} // namespace archboard
