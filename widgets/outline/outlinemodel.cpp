// Over 400 lines: the rows, and how each kind of edit moves them, read together.
#include "outlinemodel.h"

#include "model/design.h"
#include "outlinerows.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QFont>

namespace archboard {

namespace {

// Sections top to bottom.
constexpr std::array<ElementType, 5> kSectionOrder{ElementType::Group, ElementType::Component,
                                                   ElementType::Connection, ElementType::Note,
                                                   ElementType::Annotation};

// Notes and annotations are listed only while there are some.
bool alwaysShown(ElementType type) {
    return type != ElementType::Note && type != ElementType::Annotation;
}

std::size_t countOf(const Design& design, ElementType type) {
    switch (type) {
    case ElementType::Component:
        return design.components().size();
    case ElementType::Connection:
        return design.connections().size();
    case ElementType::Group:
        return design.groups().size();
    case ElementType::Note:
        return design.notes().size();
    case ElementType::Annotation:
        return design.annotations().size();
    }
    return 0;
}

const ElementId& idAt(const Design& design, ElementType type, std::size_t index) {
    switch (type) {
    case ElementType::Component:
        return design.components()[index].id;
    case ElementType::Connection:
        return design.connections()[index].id;
    case ElementType::Group:
        return design.groups()[index].id;
    case ElementType::Note:
        return design.notes()[index].id;
    case ElementType::Annotation:
        break;
    }
    return design.annotations()[index].id;
}

int toRow(std::size_t row) {
    return static_cast<int>(row);
}

// What the Kind column of an element's rows reads, as a number.
int kindCode(const Design& design, const ElementId& id) {
    if (const Component* component = design.component(id))
        return static_cast<int>(component->kind);
    if (const Connection* connection = design.connection(id))
        return static_cast<int>(connection->kind);
    if (const Annotation* annotation = design.annotation(id))
        return annotation->resolved ? 1 : 0;
    return -1;
}

} // namespace

OutlineModel::OutlineModel(DesignDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document) {
    for (const ElementType type : kSectionOrder) {
        section(type).type = type;
        section(type).section = true;
    }
    fill();
    connect(document, &DesignDocument::changed, this, &OutlineModel::onDocumentChanged);
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::fill() {
    const Design& design = m_document->design();
    for (const ElementType type : kSectionOrder) {
        Rows& rows = section(type);
        const std::size_t count = countOf(design, type);
        rows.shown = alwaysShown(type) || count > 0;
        rows.ids.clear();
        rows.ids.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            rows.ids.push_back(idAt(design, type, i));
    }
    m_members.clear();
    for (std::size_t g = 0; g < design.groups().size(); ++g)
        m_members.push_back(membersOf(g));
    m_kinds.clear();
    for (const ElementType type :
         {ElementType::Component, ElementType::Connection, ElementType::Annotation})
        for (const ElementId& id : section(type).ids)
            m_kinds.emplace(id, kindCode(design, id));
}

std::unique_ptr<OutlineModel::Rows> OutlineModel::membersOf(std::size_t group) const {
    const Design& design = m_document->design();
    auto rows = std::make_unique<Rows>();
    rows->type = ElementType::Component;
    for (const ElementId& member : design.groups()[group].members)
        if (design.component(member))
            rows->ids.push_back(member);
    return rows;
}

void OutlineModel::onDocumentChanged(const DesignChange& change) {
    if (change.reset) {
        beginResetModel();
        fill();
        endResetModel();
        return;
    }
    // Positions are not shown here, so a drag costs nothing.
    const bool structure = !change.added.empty() || !change.removed.empty() ||
                           (change.aspects & Aspect::Structure) != 0;
    if (!structure && (change.aspects & Aspect::Content) == 0)
        return;
    std::array<std::size_t, 5> before{};
    for (std::size_t i = 0; i < before.size(); ++i)
        before[i] = m_sections[i].ids.size();
    for (const ElementId& id : change.removed)
        m_kinds.erase(id);
    for (const ElementId& id : change.added)
        m_kinds[id] = kindCode(m_document->design(), id);
    if ((!change.added.empty() || !change.removed.empty()) && !applyAdditionsAndRemovals(change)) {
        beginResetModel();
        fill();
        endResetModel();
        return;
    }
    for (const ElementId& id : change.modified)
        refresh(id);
    // Section headings count their rows.
    for (std::size_t i = 0; i < before.size(); ++i) {
        const QModelIndex heading = sectionIndex(m_sections[i].type);
        if (heading.isValid() && before[i] != m_sections[i].ids.size())
            Q_EMIT dataChanged(heading, heading, {Qt::DisplayRole});
    }
}

bool OutlineModel::applyAdditionsAndRemovals(const DesignChange& change) {
    const Design& design = m_document->design();
    // Added elements by kind, in the design's order.
    std::array<std::vector<std::size_t>, 5> added;
    for (const ElementId& id : change.added)
        if (const auto ref = design.find(id))
            added[static_cast<std::size_t>(ref->type)].push_back(ref->index);
    for (auto& indices : added)
        std::sort(indices.begin(), indices.end());
    const std::unordered_set<ElementId> removed(change.removed.begin(), change.removed.end());

    for (const ElementType type : kSectionOrder) {
        Rows& rows = section(type);
        const std::size_t count = countOf(design, type);
        const auto& adding = added[static_cast<std::size_t>(type)];
        if (!rows.shown) {
            if (count > 0)
                showSection(type);
            continue;
        }
        if (!alwaysShown(type) && count == 0) {
            hideSection(type);
            continue;
        }
        // Rows of removed elements: what the design lost, the rows still have.
        if (rows.ids.size() + adding.size() < count)
            return false;
        const std::size_t leaving = rows.ids.size() + adding.size() - count;
        if (leaving > 0 && !removeElementRows(type, removed, leaving))
            return false;
        insertElementRows(type, adding);
    }
    return true;
}

bool OutlineModel::removeElementRows(ElementType type, const std::unordered_set<ElementId>& removed,
                                     std::size_t count) {
    Rows& rows = section(type);
    const QModelIndex parent = sectionIndex(type);
    // Runs of removed rows, last first, so earlier rows keep their numbers.
    std::size_t end = rows.ids.size();
    while (count > 0 && end > 0) {
        if (!removed.contains(rows.ids[end - 1])) {
            --end;
            continue;
        }
        std::size_t first = end - 1;
        while (first > 0 && first + count > end && removed.contains(rows.ids[first - 1]))
            --first;
        beginRemoveRows(parent, toRow(first), toRow(end - 1));
        const auto from = static_cast<std::ptrdiff_t>(first);
        const auto to = static_cast<std::ptrdiff_t>(end);
        rows.ids.erase(rows.ids.begin() + from, rows.ids.begin() + to);
        if (type == ElementType::Group)
            m_members.erase(m_members.begin() + from, m_members.begin() + to);
        endRemoveRows();
        count -= end - first;
        end = first;
    }
    return count == 0;
}

void OutlineModel::insertElementRows(ElementType type, const std::vector<std::size_t>& indices) {
    const Design& design = m_document->design();
    Rows& rows = section(type);
    const QModelIndex parent = sectionIndex(type);
    // Lowest first, each run of neighbours at once: every row before a run
    // is in place by then, so each lands where the design has it.
    for (std::size_t i = 0; i < indices.size();) {
        std::size_t last = i;
        while (last + 1 < indices.size() && indices[last + 1] == indices[last] + 1)
            ++last;
        const std::size_t first = indices[i];
        const std::size_t n = last - i + 1;
        beginInsertRows(parent, toRow(first), toRow(first + n - 1));
        for (std::size_t k = 0; k < n; ++k) {
            const auto at = static_cast<std::ptrdiff_t>(first + k);
            rows.ids.insert(rows.ids.begin() + at, idAt(design, type, first + k));
            if (type == ElementType::Group)
                m_members.insert(m_members.begin() + at, membersOf(first + k));
        }
        endInsertRows();
        i = last + 1;
    }
}

void OutlineModel::showSection(ElementType type) {
    const Design& design = m_document->design();
    const int row = sectionRow(type);
    beginInsertRows({}, row, row);
    Rows& rows = section(type);
    rows.shown = true;
    for (std::size_t i = 0; i < countOf(design, type); ++i)
        rows.ids.push_back(idAt(design, type, i));
    endInsertRows();
}

void OutlineModel::hideSection(ElementType type) {
    const int row = sectionRow(type);
    beginRemoveRows({}, row, row);
    section(type).shown = false;
    section(type).ids.clear();
    endRemoveRows();
}

void OutlineModel::refresh(const ElementId& id) {
    const Design& design = m_document->design();
    const auto ref = design.find(id);
    if (!ref)
        return;
    // The Kind column is sized to its contents: it is reported only when
    // it reads differently, or every rename would measure a thousand rows.
    bool kindChanged = false;
    if (const auto known = m_kinds.find(id); known != m_kinds.end()) {
        const int code = kindCode(design, id);
        kindChanged = known->second != code;
        known->second = code;
    }
    rowChanged(section(ref->type), ref->index, id, kindChanged);
    if (ref->type == ElementType::Group)
        syncMembers(ref->index);
    if (ref->type != ElementType::Component)
        return;
    // The component's rows under its groups, and the rows that name it.
    for (const auto& members : m_members) {
        const auto found = std::find(members->ids.begin(), members->ids.end(), id);
        if (found != members->ids.end())
            rowChanged(*members, static_cast<std::size_t>(found - members->ids.begin()), id,
                       kindChanged);
    }
    const Rows& connections = section(ElementType::Connection);
    for (const Direction direction : {Direction::Outgoing, Direction::Incoming})
        for (const std::size_t connection : design.connectionsOf(id, direction))
            rowChanged(connections, connection, design.connections()[connection].id, false);
    const Rows& annotations = section(ElementType::Annotation);
    for (std::size_t i = 0; i < design.annotations().size(); ++i)
        if (design.annotations()[i].target == id)
            rowChanged(annotations, i, design.annotations()[i].id, false);
}

void OutlineModel::rowChanged(const Rows& rows, std::size_t row, const ElementId& id,
                              bool kindChanged) {
    if (row >= rows.ids.size() || rows.ids[row] != id)
        return;
    const QModelIndex parent = parentIndex(rows);
    const QModelIndex name = index(toRow(row), NameColumn, parent);
    const QModelIndex technology = index(toRow(row), TechnologyColumn, parent);
    if (kindChanged) {
        Q_EMIT dataChanged(name, technology);
        return;
    }
    Q_EMIT dataChanged(name, name);
    Q_EMIT dataChanged(technology, technology);
}

void OutlineModel::syncMembers(std::size_t group) {
    Rows& rows = *m_members[group];
    const std::unique_ptr<Rows> target = membersOf(group);
    const std::vector<ElementId>& wanted = target->ids;
    const QModelIndex parent = index(toRow(group), NameColumn, sectionIndex(ElementType::Group));
    // Members that left, last first; then each wanted member in its place,
    // moved there when it was further down, inserted when it is new.
    const std::unordered_set<ElementId> staying(wanted.begin(), wanted.end());
    for (std::size_t i = rows.ids.size(); i-- > 0;) {
        if (staying.contains(rows.ids[i]))
            continue;
        beginRemoveRows(parent, toRow(i), toRow(i));
        rows.ids.erase(rows.ids.begin() + static_cast<std::ptrdiff_t>(i));
        endRemoveRows();
    }
    for (std::size_t j = 0; j < wanted.size(); ++j) {
        if (j < rows.ids.size() && rows.ids[j] == wanted[j])
            continue;
        const auto at = rows.ids.begin() + static_cast<std::ptrdiff_t>(j);
        const auto found = std::find(at, rows.ids.end(), wanted[j]);
        if (found == rows.ids.end()) {
            beginInsertRows(parent, toRow(j), toRow(j));
            rows.ids.insert(at, wanted[j]);
            endInsertRows();
        } else {
            const int from = toRow(static_cast<std::size_t>(found - rows.ids.begin()));
            beginMoveRows(parent, from, from, parent, toRow(j));
            std::rotate(at, found, found + 1);
            endMoveRows();
        }
    }
}

int OutlineModel::sectionRow(ElementType type) const {
    int row = 0;
    for (const ElementType other : kSectionOrder) {
        if (other == type)
            return row;
        row += section(other).shown ? 1 : 0;
    }
    return row;
}

const OutlineModel::Rows* OutlineModel::sectionAt(int row) const {
    for (const ElementType type : kSectionOrder)
        if (section(type).shown && row-- == 0)
            return &section(type);
    return nullptr;
}

QModelIndex OutlineModel::sectionIndex(ElementType type) const {
    return section(type).shown ? createIndex(sectionRow(type), NameColumn, nullptr) : QModelIndex();
}

QModelIndex OutlineModel::parentIndex(const Rows& rows) const {
    if (rows.section)
        return sectionIndex(rows.type);
    const auto found =
        std::find_if(m_members.begin(), m_members.end(),
                     [&rows](const auto& members) { return members.get() == &rows; });
    if (found == m_members.end())
        return {};
    return createIndex(toRow(static_cast<std::size_t>(found - m_members.begin())), NameColumn,
                       &section(ElementType::Group));
}

bool OutlineModel::spansColumns(const QModelIndex& index) const {
    const auto* rows = static_cast<const Rows*>(index.internalPointer());
    return index.isValid() && (!rows || (rows->section && (rows->type == ElementType::Group ||
                                                           rows->type == ElementType::Note)));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    const auto* rows = static_cast<const Rows*>(parent.internalPointer());
    if (!rows)
        return createIndex(row, column, sectionAt(parent.row()));
    return createIndex(row, column, m_members[static_cast<std::size_t>(parent.row())].get());
}

QModelIndex OutlineModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || !child.internalPointer())
        return {};
    return parentIndex(*static_cast<const Rows*>(child.internalPointer()));
}

int OutlineModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return sectionRow(ElementType::Annotation) +
               (section(ElementType::Annotation).shown ? 1 : 0);
    if (parent.column() != NameColumn)
        return 0;
    const auto* rows = static_cast<const Rows*>(parent.internalPointer());
    if (!rows) {
        const Rows* heading = sectionAt(parent.row());
        return heading ? toRow(heading->ids.size()) : 0;
    }
    if (rows->section && rows->type == ElementType::Group)
        return toRow(m_members[static_cast<std::size_t>(parent.row())]->ids.size());
    return 0;
}

int OutlineModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant OutlineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const auto* rows = static_cast<const Rows*>(index.internalPointer());
    if (!rows) {
        const Rows* heading = sectionAt(index.row());
        if (!heading || index.column() != NameColumn)
            return {};
        if (role == Qt::DisplayRole)
            return outlinerows::sectionTitle(heading->type, heading->ids.size());
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const ElementId& id = rows->ids[static_cast<std::size_t>(index.row())];
    if (role == ElementIdRole)
        return index.column() == NameColumn ? QVariant(toQString(id)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // The design may already have lost an element whose row is on its way out.
    const Design& design = m_document->design();
    const int column = index.column();
    switch (rows->type) {
    case ElementType::Component:
        if (const Component* component = design.component(id))
            return outlinerows::component(*component, column, role);
        break;
    case ElementType::Connection:
        if (const Connection* connection = design.connection(id))
            return outlinerows::connection(design, *connection, column, role);
        break;
    case ElementType::Group:
        if (const Group* group = design.group(id))
            return outlinerows::group(*group, column, role);
        break;
    case ElementType::Note:
        if (const Note* note = design.note(id))
            return outlinerows::note(*note, column, role);
        break;
    case ElementType::Annotation:
        if (const Annotation* annotation = design.annotation(id))
            return outlinerows::annotation(design, *annotation, column, role);
        break;
    }
    return {};
}

QVariant OutlineModel::headerData(int column, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case TechnologyColumn:
        return tr("Technology");
    default:
        return {};
    }
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const auto* rows = static_cast<const Rows*>(index.internalPointer());
    // Only sections and groups have rows under them; saying so spares the
    // view from asking every other row.
    if (!rows || (rows->section && rows->type == ElementType::Group))
        return flags;
    return flags | Qt::ItemNeverHasChildren;
}

} // namespace archboard
