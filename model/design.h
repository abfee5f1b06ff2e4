#pragma once

#include "designchange.h"
#include "designdata.h"

#include <functional>
#include <memory>
#include <span>
#include <unordered_map>
#include <variant>

namespace archboard {

// Where an id lives: which array, and the index in it.
struct ElementRef {
    ElementType type;
    std::size_t index;
};

using AnyElement = std::variant<Component, Connection, Group, Note, Annotation>;

// Everything one remove() took out, enough to put the design back exactly.
struct Removal {
    // Components, connections, groups, notes, annotations; each ascending by index.
    std::vector<std::pair<AnyElement, std::size_t>> elements;
    // Groups and components edited as a side effect, as they were before.
    std::vector<AnyElement> changedBefore;
    std::optional<CritiqueSettings> critiqueBefore;
};

struct Placement {
    ElementId id; // a component, note or group (groups take the rect's top-left)
    Position position;
};

// Direction of a connection relative to a component.
enum class Direction { Outgoing, Incoming };

class Subscription;

// The design: the single source of truth. Reads are by id; every mutation
// reports a DesignChange to subscribers. Mutations keep the design valid (one
// id space, references resolve) and throw std::invalid_argument otherwise.
class Design {
public:
    Design();
    explicit Design(DesignData data); // must be valid (as the reader guarantees)
    ~Design();
    Design(const Design&) = delete;
    Design& operator=(const Design&) = delete;

    const DesignData& data() const { return m_data; }
    const DesignInfo& info() const { return m_data.info; }
    const std::vector<Component>& components() const { return m_data.components; }
    const std::vector<Connection>& connections() const { return m_data.connections; }
    const std::vector<Group>& groups() const { return m_data.groups; }
    const std::vector<Note>& notes() const { return m_data.notes; }
    const std::vector<Annotation>& annotations() const { return m_data.annotations; }
    const CritiqueSettings& critique() const { return m_data.critique; }

    bool contains(const ElementId& id) const;
    std::optional<ElementRef> find(const ElementId& id) const;
    const Component* component(const ElementId& id) const;
    const Connection* connection(const ElementId& id) const;
    const Group* group(const ElementId& id) const;
    const Note* note(const ElementId& id) const;
    const Annotation* annotation(const ElementId& id) const;
    std::optional<AnyElement> element(const ElementId& id) const;

    // Graph queries. Adjacency lists hold indices into connections(); each
    // step is O(1) after a one-off O(V+E) index build per structural change.
    std::span<const std::size_t> connectionsOf(const ElementId& componentId,
                                               Direction direction) const;
    std::vector<const Component*> neighbours(const ElementId& componentId, ConnectionKind kind,
                                             Direction direction) const;
    // Entries: every client; without clients, every dns, cdn, load balancer
    // or API gateway that no sync or async connection points to.
    std::vector<const Component*> entries() const;
    // Groups of the given kind that list the component as a member.
    std::vector<const Group*> groupsOf(const ElementId& componentId) const;

    // Mutations.
    void reset(DesignData data); // reports `reset`
    void insert(AnyElement element, std::optional<std::size_t> index = std::nullopt);
    // What must go along when these elements are removed: connections
    // touching removed components, annotations on anything removed, and
    // replies to removed annotations. In array order.
    std::vector<ElementId> dependents(std::span<const ElementId> ids) const;
    // Removes exactly these elements (include dependents(); anything else
    // left referring to them throws). Group memberships, suppressions and
    // dead-letter references to removed elements are dropped too; the
    // returned Removal restores all of it exactly, for undo.
    Removal remove(std::span<const ElementId> ids);
    void restore(Removal removal);
    void replace(AnyElement element); // same id; reports Content/Geometry/Structure as fits
    void move(std::span<const Placement> placements); // reports Geometry
    void setInfo(DesignInfo info);
    void setCritique(CritiqueSettings settings); // targets must exist

    // Call `listener` after every change until the Subscription is destroyed.
    [[nodiscard]] Subscription subscribe(std::function<void(const DesignChange&)> listener);

private:
    friend class Subscription;
    void notify(const DesignChange& change);
    void rebuildIds();
    void ensureAdjacency() const;
    // Throws unless `element` may stand at `index` of its array (for
    // replace, where it stands now) with every reference resolving.
    void checkReferences(const AnyElement& element, std::size_t index) const;

    DesignData m_data;
    std::unordered_map<ElementId, ElementRef> m_ids;
    mutable bool m_adjacencyValid = false;
    mutable std::unordered_map<ElementId,
                               std::pair<std::vector<std::size_t>, std::vector<std::size_t>>>
        m_adjacency;
    std::shared_ptr<std::vector<std::pair<int, std::function<void(const DesignChange&)>>>>
        m_listeners;
    int m_nextListener = 0;
};

// Unsubscribes on destruction; safe to outlive the Design.
class Subscription {
public:
    Subscription() = default;
    Subscription(Subscription&&) noexcept = default;
    Subscription& operator=(Subscription&& other) noexcept;
    ~Subscription();
    void reset(); // stop listening now

private:
    friend class Design;
    std::weak_ptr<std::vector<std::pair<int, std::function<void(const DesignChange&)>>>>
        m_listeners;
    int m_id = -1;
};

ElementId elementIdOf(const AnyElement& element);
ElementType elementTypeOf(const AnyElement& element);

} // namespace archboard
