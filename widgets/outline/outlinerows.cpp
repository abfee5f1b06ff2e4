#include "outlinerows.h"

#include "model/design.h"
#include "model/displayname.h"
#include "outlinemodel.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <QStringList>

namespace archboard::outlinerows {

namespace {

constexpr int kSummaryLength = 80; // characters of a note or annotation shown in its row

// First line of free text, shortened for a single row.
QString summary(const std::string& text) {
    QString line = toQString(text).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kSummaryLength)
        line = line.left(kSummaryLength - 1) + QChar(0x2026); // …
    return line;
}

QString idToolTip(const ElementId& id) {
    return OutlineModel::tr("Id: %1").arg(toQString(id));
}

QString connectionName(const Design& design, const Connection& connection) {
    return OutlineModel::tr("%1 \u2192 %2")
        .arg(toQString(componentDisplayName(design, connection.from)),
             toQString(componentDisplayName(design, connection.to)));
}

// Rows that show only a name: its text, and the element's id as the tooltip.
QVariant nameOnly(const QString& text, const ElementId& id, int column, int role) {
    if (column != OutlineModel::NameColumn)
        return {};
    if (role == Qt::DisplayRole)
        return text;
    if (role == Qt::ToolTipRole)
        return idToolTip(id);
    return {};
}

} // namespace

QVariant component(const Component& component, int column, int role) {
    const QString tech = toQString(component.tech);
    switch (column) {
    case OutlineModel::NameColumn: {
        const QString name = toQString(displayName(component));
        if (role == Qt::DisplayRole)
            return name;
        if (role == Qt::ToolTipRole)
            return OutlineModel::tr("%1\n%2").arg(name, idToolTip(component.id));
        return {};
    }
    case OutlineModel::KindColumn:
        if (role == Qt::DisplayRole)
            return kindDisplayName(component.kind);
        if (role == Qt::ToolTipRole)
            return toQString(toString(component.kind));
        return {};
    case OutlineModel::TechnologyColumn: {
        if (role == Qt::DisplayRole)
            return tech;
        if (role != Qt::ToolTipRole)
            return {};
        const QString why = toQString(component.justification);
        return why.isEmpty() || tech.isEmpty() ? tech : OutlineModel::tr("%1\n%2").arg(tech, why);
    }
    default:
        return {};
    }
}

QVariant group(const Group& group, int column, int role) {
    return nameOnly(
        OutlineModel::tr("%1 (%2)").arg(toQString(displayName(group)), kindDisplayName(group.kind)),
        group.id, column, role);
}

QVariant connection(const Design& design, const Connection& connection, int column, int role) {
    switch (column) {
    case OutlineModel::NameColumn: {
        if (role == Qt::DisplayRole)
            return connectionName(design, connection);
        if (role != Qt::ToolTipRole)
            return {};
        // The row may be elided; the tooltip has the whole of it.
        QStringList tip{connectionName(design, connection)};
        if (!connection.label.empty())
            tip.append(toQString(connection.label));
        tip.append(idToolTip(connection.id));
        return tip.join(QLatin1Char('\n'));
    }
    case OutlineModel::KindColumn:
        if (role == Qt::DisplayRole)
            return kindDisplayName(connection.kind);
        if (role == Qt::ToolTipRole)
            return toQString(toString(connection.kind));
        return {};
    case OutlineModel::TechnologyColumn:
        return role == Qt::DisplayRole ? QVariant(toQString(connection.protocol)) : QVariant();
    default:
        return {};
    }
}

QVariant note(const Note& note, int column, int role) {
    return nameOnly(summary(note.text), note.id, column, role);
}

QVariant annotation(const Design& design, const Annotation& annotation, int column, int role) {
    if (role != Qt::DisplayRole)
        return column == OutlineModel::NameColumn && role == Qt::ToolTipRole
                   ? QVariant(idToolTip(annotation.id))
                   : QVariant();
    switch (column) {
    case OutlineModel::NameColumn: {
        const QString text = summary(annotation.text);
        return annotation.author.empty()
                   ? text
                   : OutlineModel::tr("%1: %2").arg(toQString(annotation.author), text);
    }
    case OutlineModel::KindColumn:
        return annotation.resolved ? OutlineModel::tr("resolved") : OutlineModel::tr("open");
    case OutlineModel::TechnologyColumn:
        return annotation.target.empty() ? QString()
                                         : OutlineModel::tr("on %1").arg(toQString(
                                               componentDisplayName(design, annotation.target)));
    default:
        return {};
    }
}

QString sectionTitle(ElementType type, std::size_t count) {
    QString title;
    switch (type) {
    case ElementType::Group:
        title = OutlineModel::tr("Groups");
        break;
    case ElementType::Component:
        title = OutlineModel::tr("Components");
        break;
    case ElementType::Connection:
        title = OutlineModel::tr("Connections");
        break;
    case ElementType::Note:
        title = OutlineModel::tr("Notes");
        break;
    case ElementType::Annotation:
        title = OutlineModel::tr("Annotations");
        break;
    }
    return OutlineModel::tr("%1 (%2)").arg(title).arg(count);
}

} // namespace archboard::outlinerows
