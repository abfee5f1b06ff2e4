#pragma once

// Counting what the Critique dock lists, shared by its suites.

#include "widgets/critique/findingsmodel.h"

// The finding rows a view shows under every heading: a cause with several
// findings counts the rows it expands to.
inline int findingRows(const QAbstractItemModel* model, const QModelIndex& parent = {}) {
    int rows = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (model->rowCount(index) > 0)
            rows += findingRows(model, index);
        else
            rows += index.data(archboard::FindingsModel::FindingIndexRole).toInt() >= 0;
    }
    return rows;
}
