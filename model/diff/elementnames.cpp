#include "elementnames.h"

namespace archboard {

ElementNames::ElementNames(const DesignData& older, const DesignData& newer) {
    for (const DesignData* design : {&older, &newer}) {
        for (const Component& c : design->components)
            m_names[c.id] = c.name;
        for (const Group& g : design->groups)
            m_names[g.id] = g.name;
    }
    for (const auto& [id, name] : m_names)
        if (!name.empty())
            ++m_uses[name];
    for (const DesignData* design : {&older, &newer})
        for (const Connection& c : design->connections)
            m_connections[c.id] = {c.from, c.to};
}

std::string ElementNames::of(const std::string& id) const {
    if (const auto ends = m_connections.find(id); ends != m_connections.end())
        return plain(ends->second.first) + " \u2192 " + plain(ends->second.second);
    return plain(id);
}

std::string ElementNames::plain(const std::string& id) const {
    const auto found = m_names.find(id);
    if (found == m_names.end() || found->second.empty())
        return id;
    if (m_uses.at(found->second) > 1) // two elements of one name: the id tells them apart
        return found->second + " (" + id + ")";
    return found->second;
}

} // namespace archboard
