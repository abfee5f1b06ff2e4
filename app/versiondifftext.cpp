#include "versiondifftext.h"

#include "model/diff/elementnames.h"
#include "widgets/stringconvert.h"

#include <QCoreApplication>

namespace archboard {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("VersionDiffText", text);
}

// An element as Version History names it: in quotes.
QString quoted(const ElementNames& names, const std::string& id) {
    return tr("\u201c%1\u201d").arg(toQString(names.of(id)));
}

QString value(const std::optional<Json>& json) {
    return json ? toQString(json->dump()) : tr("(none)");
}

QString fieldLine(const QString& subject, const FieldChange& field) {
    return tr("Changed %1: %2 %3 \u2192 %4")
        .arg(subject, toQString(field.path), value(field.a), value(field.b));
}

} // namespace

QString versionDiffText(const DesignDiff& diff, const DesignData& from, const DesignData& to) {
    const ElementNames names(from, to);
    QStringList lines;
    for (const FieldChange& field : diff.design)
        lines.append(fieldLine(tr("the design"), field));
    for (const ElementChange& element : diff.added)
        lines.append(tr("Added %1 %2").arg(toQString(element.type), quoted(names, element.id)));
    for (const ElementChange& element : diff.removed)
        lines.append(tr("Removed %1 %2").arg(toQString(element.type), quoted(names, element.id)));
    for (const ElementChange& element : diff.changed)
        for (const FieldChange& field : element.fields)
            lines.append(fieldLine(quoted(names, element.id), field));
    return lines.join(QLatin1Char('\n'));
}

} // namespace archboard
