#pragma once

#include "model/designchange.h"
#include "model/kinds.h"

#include <array>
#include <memory>
#include <QAbstractItemModel>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace archboard {

class DesignDocument;

// The design as a tree for the Outline dock: a section per kind of element
// (groups, components, connections, and notes and annotations while there
// are some), groups over their members. The model keeps only the ids of its
// rows; the texts are read from the design when a view asks, for the rows it
// shows. It follows the document's changes and reports exactly the rows
// that came, went, moved or now read differently: no edit resets it but
// opening or closing a design.
class OutlineModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, TechnologyColumn, ColumnCount };
    enum Role {
        ElementIdRole = Qt::UserRole, // QString: the element's id; none on section rows
    };

    explicit OutlineModel(DesignDocument* document, QObject* parent = nullptr);
    ~OutlineModel() override;

    // The top-level row for one kind of element, or invalid when it is not
    // shown (notes and annotations appear only when the design has some).
    QModelIndex sectionIndex(ElementType type) const;
    // Sections, groups and notes have one text across the whole row.
    bool spansColumns(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int column, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    // The rows under a section or a group, by element id. Indexes point at
    // these (a null pointer marks a section row), so they live at fixed
    // addresses: the sections in the model, a group's in its own allocation.
    struct Rows {
        ElementType type; // the section's; Component for a group's members
        bool section = false;
        bool shown = false; // sections only
        std::vector<ElementId> ids;
    };

    void onDocumentChanged(const DesignChange& change);
    void fill(); // everything from the design, without reporting it
    // Each step reports its rows; false when the rows no longer match the
    // design (which a valid change never causes) and the model must reset.
    bool applyAdditionsAndRemovals(const DesignChange& change);
    bool removeElementRows(ElementType type, const std::unordered_set<ElementId>& removed,
                           std::size_t count);
    void insertElementRows(ElementType type, const std::vector<std::size_t>& indices);
    void showSection(ElementType type);
    void hideSection(ElementType type);
    void refresh(const ElementId& id);
    // Puts a group's member rows in the design's order.
    void syncMembers(std::size_t group);
    // Reports a row's cells as changed; its Kind cell only when `kindChanged`.
    void rowChanged(const Rows& rows, std::size_t row, const ElementId& id, bool kindChanged);

    Rows& section(ElementType type) { return m_sections[static_cast<std::size_t>(type)]; }
    const Rows& section(ElementType type) const {
        return m_sections[static_cast<std::size_t>(type)];
    }
    int sectionRow(ElementType type) const;
    const Rows* sectionAt(int row) const;
    QModelIndex parentIndex(const Rows& rows) const;
    std::unique_ptr<Rows> membersOf(std::size_t group) const;

    const DesignDocument* m_document;
    std::array<Rows, 5> m_sections;               // by ElementType
    std::vector<std::unique_ptr<Rows>> m_members; // a group's members, by group row
    std::unordered_map<ElementId, int> m_kinds;   // what each Kind cell reads, by element
};

} // namespace archboard
