#include "fixcontext.h"

#include "critique/quickfix/freespot.h"
#include "critique/technologycatalogue.h"
#include "model/displayname.h"
#include "model/edit/uniqueelementid.h"

#include <stdexcept>

namespace archboard {

FixContext::FixContext(const Design& design)
    : m_design(design)
    , m_graph(design.data(), TechnologyCatalogue::builtIn()) {
}

template <class T> T* FixContext::planned(const ElementId& id) {
    for (AnyElement& element : m_changed)
        if (T* edited = std::get_if<T>(&element); edited && edited->id == id)
            return edited;
    return nullptr;
}

template <class T> const T* FixContext::planned(const ElementId& id) const {
    return const_cast<FixContext*>(this)->planned<T>(id);
}

const Component* FixContext::component(const ElementId& id) const {
    if (const Component* edited = planned<Component>(id))
        return edited;
    for (const Component& added : m_addedComponents)
        if (added.id == id)
            return &added;
    return m_design.component(id);
}

const Connection* FixContext::connection(const ElementId& id) const {
    if (const Connection* edited = planned<Connection>(id))
        return edited;
    return m_design.connection(id);
}

template <class T> T& FixContext::edit(const ElementId& id) {
    if (T* edited = planned<T>(id))
        return *edited;
    std::optional<AnyElement> original = m_design.element(id);
    if (!original || !std::holds_alternative<T>(*original))
        throw std::invalid_argument("a quick fix edits only elements the design has: " + id);
    return std::get<T>(m_changed.emplace_back(std::move(*original)));
}

template Component& FixContext::edit<Component>(const ElementId&);
template Connection& FixContext::edit<Connection>(const ElementId&);

ElementId FixContext::newId(std::string_view base) {
    ElementId id = uniqueElementId(m_design, base, m_newIds);
    m_newIds.insert(id);
    return id;
}

Component& FixContext::addComponent(Component component, Position anchor) {
    std::vector<Position> taken;
    for (const Component& added : m_addedComponents)
        taken.push_back(added.position);
    component.position = freeSpotNear(m_design, anchor, taken);
    return m_addedComponents.emplace_back(std::move(component));
}

void FixContext::addConnection(Connection connection) {
    m_addedConnections.push_back(std::move(connection));
}

QuickFixPlan FixContext::finish(std::string title) {
    QuickFixPlan plan;
    plan.title = std::move(title);
    plan.changes = std::move(m_changes);
    for (Component& added : m_addedComponents)
        plan.added.emplace_back(std::move(added));
    for (Connection& added : m_addedConnections)
        plan.added.emplace_back(std::move(added));
    // An edit that ends where it began (a prop set to what it was) is none.
    for (AnyElement& element : m_changed)
        if (m_design.element(elementIdOf(element)) != element)
            plan.changed.push_back(std::move(element));
    m_addedComponents.clear();
    m_addedConnections.clear();
    m_changed.clear();
    return plan;
}

std::string FixContext::quoted(const ElementId& id) const {
    const Component* c = component(id);
    return curlyQuoted(c ? displayName(*c) : id);
}

std::string FixContext::quotedConnection(const Connection& connection) const {
    const Component* from = component(connection.from);
    const Component* to = component(connection.to);
    return curlyQuoted((from ? displayName(*from) : connection.from) + " → " +
                       (to ? displayName(*to) : connection.to));
}

std::string curlyQuoted(std::string_view text) {
    return "“" + std::string(text) + "”";
}

} // namespace archboard
