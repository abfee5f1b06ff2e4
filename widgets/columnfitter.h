#pragma once

#include <map>
#include <QObject>
#include <vector>

class QTreeView;

namespace archboard {

// Shares a tree view's width among its columns so that nothing the reader
// needs is clipped: every column is at least as wide as its header, then the
// columns in `priority` order get room for their contents, each up to its
// share of the width, and `stretch` takes whatever is left. Refits when the
// view is resized or its rows change. A column the user resizes keeps the
// width they gave it (never less than its header).
class ColumnFitter : public QObject {
    Q_OBJECT

public:
    struct Claim {
        int column;
        double maxShare; // of the view's width, for the column's contents
    };

    // How many rows a column's contents are measured on.
    static constexpr int kMeasuredRows = 100;

    ColumnFitter(QTreeView* view, std::vector<Claim> priority, int stretch);

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleFit();

    QTreeView* m_view;
    const QObject* m_viewport = nullptr;
    std::vector<Claim> m_priority;
    int m_stretch;
    bool m_scheduled = false;
    bool m_fitting = false;          // the sections resized are our own doing
    std::map<int, int> m_userWidths; // column → width the user gave it
};

} // namespace archboard
