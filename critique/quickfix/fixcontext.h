#pragma once

#include "critique/graphindex.h"
#include "critique/quickfix/quickfixplan.h"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>

namespace archboard {

// The work of one quick fix: the design as it is, its graph index for the
// questions the rules ask, and the edits made so far. Several findings fixed
// at once (one caller's seven untimed calls) edit the same copies, so a later
// fix sees an earlier one's edits.
class FixContext {
public:
    explicit FixContext(const Design& design);
    FixContext(const FixContext&) = delete;
    FixContext& operator=(const FixContext&) = delete;

    const Design& design() const { return m_design; }
    // The design before the fix.
    const GraphIndex& graph() const { return m_graph; }

    // An element of the design as the fix leaves it so far; nullptr for an
    // id that names no such element.
    const Component* component(const ElementId& id) const;
    const Connection* connection(const ElementId& id) const;
    // A copy of the element to edit, recorded as changed: T is Component or
    // Connection, and the id must name one of the design's.
    template <class T> T& edit(const ElementId& id);
    Component& editComponent(const ElementId& id) { return edit<Component>(id); }
    Connection& editConnection(const ElementId& id) { return edit<Connection>(id); }

    // A fresh id from `base` ("orders-dlq", then "orders-dlq-2", …).
    ElementId newId(std::string_view base);
    // Adds a component at a free place near `anchor` (freespot.h).
    Component& addComponent(Component component, Position anchor);
    void addConnection(Connection connection);

    // One line of the preview.
    void say(std::string change) { m_changes.push_back(std::move(change)); }
    QuickFixPlan finish(std::string title);

    // “Name” of a component, and “From → To” of a connection, as planned.
    std::string quoted(const ElementId& component) const;
    std::string quotedConnection(const Connection& connection) const;

private:
    template <class T> T* planned(const ElementId& id);
    template <class T> const T* planned(const ElementId& id) const;

    const Design& m_design;
    GraphIndex m_graph;
    std::deque<AnyElement> m_changed; // stable references while it grows
    std::deque<Component> m_addedComponents;
    std::vector<Connection> m_addedConnections;
    std::unordered_set<ElementId> m_newIds;
    std::vector<std::string> m_changes;
};

// “text”, the way the preview and undo steps quote a name.
std::string curlyQuoted(std::string_view text);

} // namespace archboard
