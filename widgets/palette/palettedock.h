#pragma once

#include "palettekind.h"

#include <QDockWidget>
#include <QSet>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace archboard {

// Every kind of component, the group kinds and the note, by section (Edge &
// entry, Compute, Messaging, Data, Platform, Groups & notes), each with its
// icon and name. Sections fold (a click on their row); the search box filters
// by name or file token, unfolding the sections with a match. An entry can
// be dragged onto the canvas (paletteMimeData, see palettekind.h), or
// activated (double-click, Enter) to ask for one at the centre of the view.
// The dock needs no document: it only offers kinds.
class PaletteDock : public QDockWidget {
    Q_OBJECT

public:
    enum Role {
        TokenRole = Qt::UserRole, // QString: the entry's token; empty on section rows
        KindRole,                 // PaletteKind: what the entry adds; none on section rows
    };

    explicit PaletteDock(QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* tree() const { return m_tree; }
    // The row of one kind, or null (never for a kind the palette offers).
    QTreeWidgetItem* itemFor(const PaletteKind& kind) const;
    // Tokens of the rows the filter leaves visible, in display order.
    QStringList visibleTokens() const;
    // The row of a section by its (translated) title, or null.
    QTreeWidgetItem* section(const QString& title) const;
    void setSectionExpanded(QTreeWidgetItem* section, bool expanded);

public Q_SLOTS:
    void setFilterText(const QString& text);

Q_SIGNALS:
    // Add one of `kind` at the centre of the view.
    void addRequested(const archboard::PaletteKind& kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void populate();
    void applyFilter(const QString& text);
    void activate(QTreeWidgetItem* item);
    QList<QTreeWidgetItem*> visibleEntries() const;
    QTreeWidgetItem* firstVisibleEntry() const;

    QLineEdit* m_search;
    QTreeWidget* m_tree;
    QLabel* m_noMatch;
    QSet<QString> m_folded; // section titles the user folded
};

} // namespace archboard
