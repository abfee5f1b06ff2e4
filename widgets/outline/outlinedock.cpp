#include "outlinedock.h"

#include "model/design.h"
#include "widgets/document/designdocument.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace archboard {

namespace {

constexpr int kSummaryLength = 80;   // characters of a note or annotation shown in its row
constexpr int kTechnologyWidth = 90; // pixels; longer technologies elide, the tooltip has them

QString sectionKey(ElementType type) {
    return QStringLiteral("section:") + toQString(toString(type));
}

// First line of free text, shortened for a single row.
QString summary(const std::string& text) {
    QString line = toQString(text).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kSummaryLength)
        line = line.left(kSummaryLength - 1) + QChar(0x2026); // …
    return line;
}

QString idToolTip(const QString& id) {
    return OutlineDock::tr("Id: %1").arg(id);
}

QTreeWidgetItem* newElementItem(const ElementId& id, const QString& key) {
    auto* item = new QTreeWidgetItem;
    const QString qid = toQString(id);
    item->setData(OutlineDock::NameColumn, OutlineDock::ElementIdRole, qid);
    item->setData(OutlineDock::NameColumn, OutlineDock::KeyRole, key);
    item->setToolTip(OutlineDock::NameColumn, idToolTip(qid));
    return item;
}

QString sectionTitle(ElementType type, std::size_t count) {
    QString title;
    switch (type) {
    case ElementType::Group:
        title = OutlineDock::tr("Groups");
        break;
    case ElementType::Component:
        title = OutlineDock::tr("Components");
        break;
    case ElementType::Connection:
        title = OutlineDock::tr("Connections");
        break;
    case ElementType::Note:
        title = OutlineDock::tr("Notes");
        break;
    case ElementType::Annotation:
        title = OutlineDock::tr("Annotations");
        break;
    }
    return OutlineDock::tr("%1 (%2)").arg(title).arg(count);
}

QString rowKey(ElementType type, const ElementId& id) {
    return toQString(toString(type)) + QLatin1Char(':') + toQString(id);
}

QString componentName(const Design& design, const ElementId& id) {
    const Component* component = design.component(id);
    if (!component || component->name.empty())
        return toQString(id);
    return toQString(component->name);
}

void fillComponentRow(QTreeWidgetItem* item, const Component& component) {
    const QString id = toQString(component.id);
    const QString name = component.name.empty() ? id : toQString(component.name);
    item->setText(OutlineDock::NameColumn, name);
    item->setToolTip(OutlineDock::NameColumn, OutlineDock::tr("%1\n%2").arg(name, idToolTip(id)));
    item->setText(OutlineDock::KindColumn, kindDisplayName(component.kind));
    item->setToolTip(OutlineDock::KindColumn, toQString(toString(component.kind)));
    const QString tech = toQString(component.tech);
    item->setText(OutlineDock::TechnologyColumn, tech);
    const QString why = toQString(component.justification);
    item->setToolTip(OutlineDock::TechnologyColumn, why.isEmpty() || tech.isEmpty()
                                                        ? tech
                                                        : OutlineDock::tr("%1\n%2").arg(tech, why));
}

void fillGroupRow(QTreeWidgetItem* item, const Group& group) {
    const QString name = group.name.empty() ? toQString(group.id) : toQString(group.name);
    item->setText(OutlineDock::NameColumn,
                  OutlineDock::tr("%1 (%2)").arg(name, kindDisplayName(group.kind)));
}

void fillConnectionRow(QTreeWidgetItem* item, const Design& design, const Connection& connection) {
    item->setText(OutlineDock::NameColumn, OutlineDock::tr("%1 \u2192 %2")
                                               .arg(componentName(design, connection.from),
                                                    componentName(design, connection.to)));
    // The row may be elided; the tooltip has the whole of it.
    QStringList tip{item->text(OutlineDock::NameColumn)};
    if (!connection.label.empty())
        tip.append(toQString(connection.label));
    tip.append(idToolTip(toQString(connection.id)));
    item->setToolTip(OutlineDock::NameColumn, tip.join(QLatin1Char('\n')));
    item->setText(OutlineDock::KindColumn, kindDisplayName(connection.kind));
    item->setToolTip(OutlineDock::KindColumn, toQString(toString(connection.kind)));
    item->setText(OutlineDock::TechnologyColumn, toQString(connection.protocol));
}

void fillNoteRow(QTreeWidgetItem* item, const Note& note) {
    item->setText(OutlineDock::NameColumn, summary(note.text));
}

void fillAnnotationRow(QTreeWidgetItem* item, const Design& design, const Annotation& annotation) {
    const QString text = summary(annotation.text);
    item->setText(OutlineDock::NameColumn,
                  annotation.author.empty()
                      ? text
                      : OutlineDock::tr("%1: %2").arg(toQString(annotation.author), text));
    item->setText(OutlineDock::KindColumn,
                  annotation.resolved ? OutlineDock::tr("resolved") : OutlineDock::tr("open"));
    item->setText(OutlineDock::TechnologyColumn,
                  annotation.target.empty()
                      ? QString()
                      : OutlineDock::tr("on %1").arg(componentName(design, annotation.target)));
}

} // namespace

OutlineDock::OutlineDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Outline"), parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("No design open"), m_stack))
    , m_tree(new QTreeWidget(m_stack)) {
    setObjectName(QStringLiteral("outlineDock"));
    setAccessibleName(tr("Outline"));

    m_placeholder->setObjectName(QStringLiteral("outlinePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText); // muted, in light and dark
    m_placeholder->setAccessibleName(tr("Outline status"));

    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setAccessibleName(tr("Design outline"));
    m_tree->setAccessibleDescription(
        tr("Groups, components, connections, notes and annotations of the open design"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Technology")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Names take the room the dock has; kinds are short words; technology
    // gets a fixed share the user can widen.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TechnologyColumn, QHeaderView::Interactive);
    header->resizeSection(TechnologyColumn, kTechnologyWidth);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);
    setWidget(m_stack);

    connect(m_document, &DesignDocument::changed, this, &OutlineDock::onDocumentChanged);
    connect(m_document, &DesignDocument::filePathChanged, this, &OutlineDock::updatePlaceholder);
    rebuild(true);
}

QTreeWidgetItem* OutlineDock::sectionItem(ElementType type) const {
    return m_sections.value(static_cast<int>(type), nullptr);
}

void OutlineDock::onDocumentChanged(const DesignChange& change) {
    // Positions are not shown here, so a drag costs nothing. Rows of elements
    // added or removed come and go in place, and an edit of what elements
    // say refills their rows (and the rows that name them). Anything else
    // structural, connection ends or group membership, rebuilds the tree.
    if (change.reset) {
        rebuild(true);
    } else if (!change.added.empty() || !change.removed.empty() ||
               (change.aspects & Aspect::Structure) != 0) {
        if (!change.modified.empty() || !applyAdditionsAndRemovals(change))
            rebuild(false);
    } else if ((change.aspects & Aspect::Content) != 0 && !refillRows(change.modified)) {
        rebuild(false);
    }
}

QTreeWidgetItem* OutlineDock::addRow(QTreeWidgetItem* parent, const ElementId& id,
                                     const QString& key, int position) {
    QTreeWidgetItem* item = newElementItem(id, key);
    if (position < 0 || position > parent->childCount())
        parent->addChild(item);
    else
        parent->insertChild(position, item);
    m_rows.insert(toQString(id), item);
    return item;
}

void OutlineDock::forgetRows(QTreeWidgetItem* item) {
    for (int i = 0; i < item->childCount(); ++i)
        forgetRows(item->child(i));
    m_rows.remove(item->data(NameColumn, ElementIdRole).toString(), item);
}

bool OutlineDock::applyAdditionsAndRemovals(const DesignChange& change) {
    const Design& design = m_document->design();
    for (const ElementId& id : change.removed) {
        const QList<QTreeWidgetItem*> rows = m_rows.values(toQString(id));
        for (QTreeWidgetItem* row : rows) {
            forgetRows(row);
            delete row;
        }
    }
    // Added elements take the place of their index, lowest first, so each
    // lands where the design has it. A group brings its members' rows, and a
    // first note or annotation its section: both are rare, and rebuild.
    std::vector<std::pair<ElementType, std::size_t>> added;
    for (const ElementId& id : change.added) {
        const auto ref = design.find(id);
        if (!ref || ref->type == ElementType::Group || !sectionItem(ref->type))
            return false;
        added.emplace_back(ref->type, ref->index);
    }
    std::sort(added.begin(), added.end());
    for (const auto& [type, index] : added) {
        QTreeWidgetItem* section = sectionItem(type);
        const int position = static_cast<int>(index);
        switch (type) {
        case ElementType::Component: {
            const Component& component = design.components()[index];
            fillComponentRow(addRow(section, component.id, rowKey(type, component.id), position),
                             component);
            break;
        }
        case ElementType::Connection: {
            const Connection& connection = design.connections()[index];
            fillConnectionRow(addRow(section, connection.id, rowKey(type, connection.id), position),
                              design, connection);
            break;
        }
        case ElementType::Note: {
            const Note& note = design.notes()[index];
            QTreeWidgetItem* row = addRow(section, note.id, rowKey(type, note.id), position);
            fillNoteRow(row, note);
            row->setFirstColumnSpanned(true);
            break;
        }
        case ElementType::Annotation: {
            const Annotation& annotation = design.annotations()[index];
            fillAnnotationRow(addRow(section, annotation.id, rowKey(type, annotation.id), position),
                              design, annotation);
            break;
        }
        case ElementType::Group:
            return false;
        }
    }
    // Notes and annotations are listed only while there are some.
    if ((sectionItem(ElementType::Note) && design.notes().empty()) ||
        (sectionItem(ElementType::Annotation) && design.annotations().empty()))
        return false;
    const std::pair<ElementType, std::size_t> counts[] = {
        {ElementType::Group, design.groups().size()},
        {ElementType::Component, design.components().size()},
        {ElementType::Connection, design.connections().size()},
        {ElementType::Note, design.notes().size()},
        {ElementType::Annotation, design.annotations().size()}};
    for (const auto& [type, count] : counts) {
        QTreeWidgetItem* section = sectionItem(type);
        if (!section)
            continue;
        // Components also appear under their groups; a section lists each once.
        if (type != ElementType::Group && section->childCount() != static_cast<int>(count))
            return false;
        section->setText(NameColumn, sectionTitle(type, count));
    }
    updatePlaceholder();
    return true;
}

void OutlineDock::refillRow(const ElementId& id) {
    const Design& design = m_document->design();
    const auto ref = design.find(id);
    if (!ref)
        return;
    for (QTreeWidgetItem* item : m_rows.values(toQString(id))) {
        switch (ref->type) {
        case ElementType::Component:
            fillComponentRow(item, design.components()[ref->index]);
            break;
        case ElementType::Connection:
            fillConnectionRow(item, design, design.connections()[ref->index]);
            break;
        case ElementType::Group:
            fillGroupRow(item, design.groups()[ref->index]);
            break;
        case ElementType::Note:
            fillNoteRow(item, design.notes()[ref->index]);
            break;
        case ElementType::Annotation:
            fillAnnotationRow(item, design, design.annotations()[ref->index]);
            break;
        }
    }
}

bool OutlineDock::refillRows(const std::vector<ElementId>& modified) {
    const Design& design = m_document->design();
    for (const ElementId& id : modified)
        if (!design.contains(id) || !m_rows.contains(toQString(id)))
            return false;
    for (const ElementId& id : modified) {
        refillRow(id);
        if (!design.component(id))
            continue;
        // Connection and annotation rows show the component's name.
        for (const Direction direction : {Direction::Outgoing, Direction::Incoming})
            for (const std::size_t connection : design.connectionsOf(id, direction))
                refillRow(design.connections()[connection].id);
        for (const Annotation& annotation : design.annotations())
            if (annotation.target == id)
                refillRow(annotation.id);
    }
    return true;
}

void OutlineDock::rebuild(bool resetExpansion) {
    // Remember what the user opened and where they were, by row key.
    QSet<QString> known;
    QSet<QString> expanded;
    QString currentKey;
    const int scroll = m_tree->verticalScrollBar()->value();
    if (!resetExpansion) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const QString key = (*it)->data(NameColumn, KeyRole).toString();
            known.insert(key);
            if ((*it)->isExpanded())
                expanded.insert(key);
        }
        if (const QTreeWidgetItem* current = m_tree->currentItem())
            currentKey = current->data(NameColumn, KeyRole).toString();
    }

    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    m_sections.clear();
    m_rows.clear();

    const Design& design = m_document->design();
    const auto addSection = [this](ElementType type, std::size_t count) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, sectionTitle(type, count));
        item->setData(NameColumn, KeyRole, sectionKey(type));
        QFont font = item->font(NameColumn);
        font.setBold(true);
        item->setFont(NameColumn, font);
        item->setFirstColumnSpanned(true);
        m_sections.insert(static_cast<int>(type), item);
        return item;
    };

    QTreeWidgetItem* groups = addSection(ElementType::Group, design.groups().size());
    for (const Group& group : design.groups()) {
        const QString groupKey = rowKey(ElementType::Group, group.id);
        QTreeWidgetItem* item = addRow(groups, group.id, groupKey);
        fillGroupRow(item, group);
        item->setFirstColumnSpanned(true);
        for (const ElementId& member : group.members)
            if (const Component* component = design.component(member))
                fillComponentRow(
                    addRow(item, member, groupKey + QLatin1Char('/') + toQString(member)),
                    *component);
    }

    QTreeWidgetItem* components = addSection(ElementType::Component, design.components().size());
    for (const Component& component : design.components())
        fillComponentRow(
            addRow(components, component.id, rowKey(ElementType::Component, component.id)),
            component);

    QTreeWidgetItem* connections = addSection(ElementType::Connection, design.connections().size());
    for (const Connection& connection : design.connections()) {
        fillConnectionRow(
            addRow(connections, connection.id, rowKey(ElementType::Connection, connection.id)),
            design, connection);
    }

    if (!design.notes().empty()) {
        QTreeWidgetItem* notes = addSection(ElementType::Note, design.notes().size());
        for (const Note& note : design.notes()) {
            QTreeWidgetItem* item = addRow(notes, note.id, rowKey(ElementType::Note, note.id));
            fillNoteRow(item, note);
            item->setFirstColumnSpanned(true);
        }
    }

    if (!design.annotations().empty()) {
        QTreeWidgetItem* annotations =
            addSection(ElementType::Annotation, design.annotations().size());
        for (const Annotation& annotation : design.annotations()) {
            fillAnnotationRow(
                addRow(annotations, annotation.id, rowKey(ElementType::Annotation, annotation.id)),
                design, annotation);
        }
    }

    // Sections and groups start open; a row seen before keeps its state.
    QTreeWidgetItem* current = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const QString key = item->data(NameColumn, KeyRole).toString();
        if (item->childCount() > 0)
            item->setExpanded(known.contains(key) ? expanded.contains(key) : true);
        if (!currentKey.isEmpty() && key == currentKey)
            current = item;
    }
    if (current)
        m_tree->setCurrentItem(current);

    m_tree->setUpdatesEnabled(true);
    if (!resetExpansion)
        m_tree->verticalScrollBar()->setValue(scroll);
    updatePlaceholder();
}

void OutlineDock::updatePlaceholder() {
    const Design& design = m_document->design();
    const bool open = !m_document->filePath().isEmpty() || !design.components().empty() ||
                      !design.connections().empty() || !design.groups().empty() ||
                      !design.notes().empty() || !design.annotations().empty();
    m_stack->setCurrentWidget(open ? static_cast<QWidget*>(m_tree) : m_placeholder);
}

} // namespace archboard
