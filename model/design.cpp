#include "design.h"

#include "designelements.h"

#include <algorithm>

namespace archboard {

using detail::typeOf;

namespace {

using Listeners = std::vector<std::pair<int, std::function<void(const DesignChange&)>>>;

} // namespace

ElementId elementIdOf(const AnyElement& element) {
    return std::visit([](const auto& e) { return e.id; }, element);
}

ElementType elementTypeOf(const AnyElement& element) {
    return std::visit([](const auto& e) { return typeOf<std::decay_t<decltype(e)>>(); }, element);
}

Design::Design()
    : m_listeners(std::make_shared<Listeners>()) {
}

Design::Design(DesignData data)
    : m_data(std::move(data))
    , m_listeners(std::make_shared<Listeners>()) {
    rebuildIds();
}

Design::~Design() = default;

void Design::rebuildIds() {
    m_ids.clear();
    m_ids.reserve(m_data.components.size() + m_data.connections.size() + m_data.groups.size() +
                  m_data.notes.size() + m_data.annotations.size());
    auto add = [&](const auto& elements, ElementType type) {
        for (std::size_t i = 0; i < elements.size(); ++i)
            m_ids.insert_or_assign(elements[i].id, ElementRef{type, i});
    };
    add(m_data.components, ElementType::Component);
    add(m_data.connections, ElementType::Connection);
    add(m_data.groups, ElementType::Group);
    add(m_data.notes, ElementType::Note);
    add(m_data.annotations, ElementType::Annotation);
    m_adjacencyValid = false;
}

bool Design::contains(const ElementId& id) const {
    return m_ids.contains(id);
}

std::optional<ElementRef> Design::find(const ElementId& id) const {
    const auto it = m_ids.find(id);
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

namespace {
template <typename T, typename Map>
const T* lookup(const Map& ids, const std::vector<T>& elements, const ElementId& id) {
    const auto it = ids.find(id);
    if (it == ids.end() || it->second.type != typeOf<T>())
        return nullptr;
    return &elements[it->second.index];
}
} // namespace

const Component* Design::component(const ElementId& id) const {
    return lookup(m_ids, m_data.components, id);
}
const Connection* Design::connection(const ElementId& id) const {
    return lookup(m_ids, m_data.connections, id);
}
const Group* Design::group(const ElementId& id) const {
    return lookup(m_ids, m_data.groups, id);
}
const Note* Design::note(const ElementId& id) const {
    return lookup(m_ids, m_data.notes, id);
}
const Annotation* Design::annotation(const ElementId& id) const {
    return lookup(m_ids, m_data.annotations, id);
}

std::optional<AnyElement> Design::element(const ElementId& id) const {
    const auto ref = find(id);
    if (!ref)
        return std::nullopt;
    switch (ref->type) {
    case ElementType::Component:
        return m_data.components[ref->index];
    case ElementType::Connection:
        return m_data.connections[ref->index];
    case ElementType::Group:
        return m_data.groups[ref->index];
    case ElementType::Note:
        return m_data.notes[ref->index];
    case ElementType::Annotation:
        return m_data.annotations[ref->index];
    }
    return std::nullopt;
}

void Design::ensureAdjacency() const {
    if (m_adjacencyValid)
        return;
    m_adjacency.clear();
    m_adjacency.reserve(m_data.components.size());
    for (const Component& c : m_data.components)
        m_adjacency[c.id];
    for (std::size_t i = 0; i < m_data.connections.size(); ++i) {
        const Connection& c = m_data.connections[i];
        m_adjacency[c.from].first.push_back(i);
        m_adjacency[c.to].second.push_back(i);
    }
    m_adjacencyValid = true;
}

std::span<const std::size_t> Design::connectionsOf(const ElementId& componentId,
                                                   Direction direction) const {
    ensureAdjacency();
    const auto it = m_adjacency.find(componentId);
    if (it == m_adjacency.end())
        return {};
    return direction == Direction::Outgoing ? std::span<const std::size_t>(it->second.first)
                                            : std::span<const std::size_t>(it->second.second);
}

std::vector<const Component*> Design::neighbours(const ElementId& componentId, ConnectionKind kind,
                                                 Direction direction) const {
    std::vector<const Component*> out;
    for (const std::size_t index : connectionsOf(componentId, direction)) {
        const Connection& c = m_data.connections[index];
        if (c.kind != kind)
            continue;
        if (const Component* other = component(direction == Direction::Outgoing ? c.to : c.from))
            out.push_back(other);
    }
    return out;
}

std::vector<const Component*> Design::entries() const {
    std::vector<const Component*> clients;
    for (const Component& c : m_data.components)
        if (c.kind == ComponentKind::Client)
            clients.push_back(&c);
    if (!clients.empty())
        return clients;
    std::vector<const Component*> edges;
    for (const Component& c : m_data.components) {
        if (c.kind != ComponentKind::Dns && c.kind != ComponentKind::Cdn &&
            c.kind != ComponentKind::LoadBalancer && c.kind != ComponentKind::ApiGateway)
            continue;
        const auto incoming = connectionsOf(c.id, Direction::Incoming);
        const bool calledOrFed = std::any_of(incoming.begin(), incoming.end(), [&](std::size_t i) {
            const ConnectionKind k = m_data.connections[i].kind;
            return k == ConnectionKind::Sync || k == ConnectionKind::Async;
        });
        if (!calledOrFed)
            edges.push_back(&c);
    }
    return edges;
}

std::vector<const Group*> Design::groupsOf(const ElementId& componentId) const {
    std::vector<const Group*> out;
    for (const Group& g : m_data.groups)
        if (std::find(g.members.begin(), g.members.end(), componentId) != g.members.end())
            out.push_back(&g);
    return out;
}

void Design::reset(DesignData data) {
    m_data = std::move(data);
    rebuildIds();
    DesignChange change;
    change.reset = true;
    change.aspects = Geometry | Content | Structure;
    change.designInfo = true;
    change.critiqueSettings = true;
    notify(change);
}

Subscription Design::subscribe(std::function<void(const DesignChange&)> listener) {
    Subscription subscription;
    subscription.m_listeners = m_listeners;
    subscription.m_id = m_nextListener++;
    m_listeners->emplace_back(subscription.m_id, std::move(listener));
    return subscription;
}

void Design::notify(const DesignChange& change) {
    // Listeners may subscribe or unsubscribe while being called: call those
    // subscribed when the change happened and still subscribed when their
    // turn comes. Keep the list alive even if a listener destroys the Design.
    const auto listeners = m_listeners;
    std::vector<int> ids;
    ids.reserve(listeners->size());
    for (const auto& entry : *listeners)
        ids.push_back(entry.first);
    for (const int id : ids) {
        const auto it = std::find_if(listeners->begin(), listeners->end(),
                                     [id](const auto& entry) { return entry.first == id; });
        if (it == listeners->end())
            continue;
        const auto listener = it->second; // a copy: the list may change during the call
        listener(change);
    }
}

Subscription& Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        reset();
        m_listeners = std::move(other.m_listeners);
        m_id = std::exchange(other.m_id, -1);
    }
    return *this;
}

Subscription::~Subscription() {
    reset();
}

void Subscription::reset() {
    if (const auto listeners = m_listeners.lock())
        std::erase_if(*listeners, [this](const auto& entry) { return entry.first == m_id; });
    m_id = -1;
    m_listeners.reset();
}

} // namespace archboard
