#include "versiondifftext.h"

#include "widgets/stringconvert.h"

#include <QCoreApplication>
#include <unordered_map>

namespace archboard {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("VersionDiffText", text);
}

// Id → what a person calls the element, over both designs (the newer wins).
class ElementNames {
public:
    ElementNames(const DesignData& from, const DesignData& to) {
        for (const DesignData* design : {&from, &to}) {
            for (const Component& c : design->components)
                m_names[c.id] = c.name;
            for (const Group& g : design->groups)
                m_names[g.id] = g.name;
        }
        for (const auto& [id, name] : m_names)
            if (!name.empty())
                ++m_uses[name];
        for (const DesignData* design : {&from, &to})
            for (const Connection& c : design->connections)
                m_connections[c.id] = {c.from, c.to};
    }

    QString of(const std::string& id) const {
        if (const auto ends = m_connections.find(id); ends != m_connections.end())
            return tr("\u201c%1 \u2192 %2\u201d")
                .arg(plain(ends->second.first), plain(ends->second.second));
        return tr("\u201c%1\u201d").arg(plain(id));
    }

private:
    QString plain(const std::string& id) const {
        const auto found = m_names.find(id);
        if (found == m_names.end() || found->second.empty())
            return toQString(id);
        if (m_uses.at(found->second) > 1) // two elements of one name: the id tells them apart
            return tr("%1 (%2)").arg(toQString(found->second), toQString(id));
        return toQString(found->second);
    }

    std::unordered_map<std::string, std::string> m_names;
    std::unordered_map<std::string, int> m_uses;
    std::unordered_map<std::string, std::pair<std::string, std::string>> m_connections;
};

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
        lines.append(tr("Added %1 %2").arg(toQString(element.type), names.of(element.id)));
    for (const ElementChange& element : diff.removed)
        lines.append(tr("Removed %1 %2").arg(toQString(element.type), names.of(element.id)));
    for (const ElementChange& element : diff.changed)
        for (const FieldChange& field : element.fields)
            lines.append(fieldLine(names.of(element.id), field));
    return lines.join(QLatin1Char('\n'));
}

} // namespace archboard
