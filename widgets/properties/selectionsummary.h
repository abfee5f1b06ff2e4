#pragma once

#include "formheading.h"
#include "model/elementid.h"

#include <QWidget>
#include <vector>

class QLabel;

namespace archboard {

class DesignDocument;

// What stands selected when it is not one editable element: several
// elements, or an annotation. Read-only: a multi-selection is edited on the
// canvas (move, delete) or one element at a time here.
class SelectionSummary : public QWidget {
    Q_OBJECT

public:
    explicit SelectionSummary(DesignDocument* document, QWidget* parent = nullptr);

    void showSelection(const std::vector<ElementId>& ids);
    QString title() const;

private:
    DesignDocument* m_document;
    FormHeading m_heading;
    QLabel* m_list;
};

} // namespace archboard
