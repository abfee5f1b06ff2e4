// The Design's edits: each checks the design's reference rules first, then
// changes the arrays and reports one DesignChange.
#include "design.h"
#include "designelements.h"
#include "referencerules.h"

#include "json/jsonpath.h"
#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace archboard {

using detail::arrayOf;
using detail::typeOf;

namespace {

// The reference rules' lookups, answered from a live design's own index.
class DesignScope final : public ReferenceScope {
public:
    explicit DesignScope(const Design& design)
        : m_design(design) {}

    const Component* component(const ElementId& id) const override {
        return m_design.component(id);
    }
    bool isTargetable(const ElementId& id) const override {
        return m_design.component(id) || m_design.connection(id) || m_design.group(id);
    }
    const Annotation* annotationBefore(const ElementId& id, std::size_t index) const override {
        const auto ref = m_design.find(id);
        return ref && ref->type == ElementType::Annotation && ref->index < index
                   ? &m_design.annotations()[ref->index]
                   : nullptr;
    }
    const Group* otherGroupHolding(const ElementId& member, GroupKind kind,
                                   const ElementId& group) const override {
        for (const Group* other : m_design.groupsOf(member))
            if (other->id != group && other->kind == kind)
                return other;
        return nullptr;
    }

private:
    const Design& m_design;
};

void refuse(const Problems& problems) {
    if (!problems.empty())
        throw std::invalid_argument(problems.front().toString());
}

} // namespace

void Design::checkReferences(const AnyElement& element, std::size_t index) const {
    const DesignScope scope(*this);
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Annotation>) {
                refuse(referenceProblems(e, index, scope));
            } else if constexpr (std::is_same_v<T, Note>) {
                // Notes name nothing.
            } else {
                if constexpr (std::is_same_v<T, Group>) {
                    // A file's reader refuses repeated members; an edit must too.
                    std::unordered_set<ElementId> seen;
                    for (std::size_t m = 0; m < e.members.size(); ++m)
                        if (!seen.insert(e.members[m]).second)
                            throw std::invalid_argument(appendIndex("members", m) + ": " +
                                                        jsonQuoted(e.members[m]) +
                                                        " is listed twice");
                }
                refuse(referenceProblems(e, scope));
            }
        },
        element);
}

void Design::insert(AnyElement element, std::optional<std::size_t> index) {
    const ElementId id = elementIdOf(element);
    if (!isValidElementId(id))
        throw std::invalid_argument("invalid id \"" + id + "\"");
    if (contains(id))
        throw std::invalid_argument("id \"" + id + "\" is already used");
    const std::size_t at = std::visit(
        [&](const auto& e) {
            const auto& array = arrayOf<std::decay_t<decltype(e)>>(m_data);
            return std::min(index.value_or(array.size()), array.size());
        },
        element);
    checkReferences(element, at);
    const ElementType type = elementTypeOf(element);
    std::visit(
        [&](auto&& e) {
            using T = std::decay_t<decltype(e)>;
            auto& array = arrayOf<T>(m_data);
            array.insert(array.begin() + static_cast<std::ptrdiff_t>(at), std::move(e));
            // Only the elements after it in its own array move: appending,
            // the common case, costs O(1).
            for (std::size_t i = at + 1; i < array.size(); ++i)
                m_ids[array[i].id].index = i;
        },
        std::move(element));
    m_ids.insert_or_assign(id, ElementRef{type, at});
    if (type == ElementType::Connection)
        m_adjacencyValid = false;
    DesignChange change;
    change.added.push_back(id);
    change.aspects = Structure;
    notify(change);
}

std::vector<ElementId> Design::dependents(std::span<const ElementId> ids) const {
    const std::unordered_set<ElementId> removing(ids.begin(), ids.end());
    std::unordered_set<ElementId> gone = removing;
    std::vector<ElementId> out;
    auto take = [&](const ElementId& id) {
        if (gone.insert(id).second)
            out.push_back(id);
    };
    for (const Connection& c : m_data.connections)
        if (removing.contains(c.from) || removing.contains(c.to))
            take(c.id);
    // Replies come after what they answer, so one pass finds whole threads.
    for (const Annotation& a : m_data.annotations)
        if ((!a.target.empty() && gone.contains(a.target)) ||
            (!a.replyTo.empty() && gone.contains(a.replyTo)))
            take(a.id);
    return out;
}

Removal Design::remove(std::span<const ElementId> ids) {
    const std::unordered_set<ElementId> removing(ids.begin(), ids.end());
    for (const ElementId& id : ids)
        if (!contains(id))
            throw std::invalid_argument("no element \"" + id + "\"");
    if (const auto left = dependents(ids); !left.empty())
        throw std::invalid_argument("\"" + left.front() + "\" still refers to a removed element");

    Removal removal;
    DesignChange change;
    // Side effects first, recorded as they were.
    for (Group& g : m_data.groups) {
        if (removing.contains(g.id) ||
            std::none_of(g.members.begin(), g.members.end(),
                         [&](const ElementId& m) { return removing.contains(m); }))
            continue;
        removal.changedBefore.emplace_back(g);
        std::erase_if(g.members, [&](const ElementId& m) { return removing.contains(m); });
        change.modified.push_back(g.id);
    }
    for (Component& c : m_data.components) {
        const auto* target =
            c.props.deadLetter ? std::get_if<ElementId>(&*c.props.deadLetter) : nullptr;
        if (removing.contains(c.id) || !target || !removing.contains(*target))
            continue;
        removal.changedBefore.emplace_back(c);
        c.props.deadLetter.reset();
        change.modified.push_back(c.id);
    }
    auto& suppressions = m_data.critique.suppressions;
    if (std::any_of(suppressions.begin(), suppressions.end(),
                    [&](const Suppression& s) { return removing.contains(s.target); })) {
        removal.critiqueBefore = m_data.critique;
        std::erase_if(suppressions,
                      [&](const Suppression& s) { return removing.contains(s.target); });
        change.critiqueSettings = true;
    }
    auto take = [&](auto& array) {
        std::vector<std::pair<AnyElement, std::size_t>> taken;
        for (std::size_t i = array.size(); i-- > 0;)
            if (removing.contains(array[i].id)) {
                taken.emplace_back(std::move(array[i]), i);
                array.erase(array.begin() + static_cast<std::ptrdiff_t>(i));
            }
        removal.elements.insert(removal.elements.end(), std::make_move_iterator(taken.rbegin()),
                                std::make_move_iterator(taken.rend()));
    };
    take(m_data.components);
    take(m_data.connections);
    take(m_data.groups);
    take(m_data.notes);
    take(m_data.annotations);
    rebuildIds();
    change.removed.assign(ids.begin(), ids.end());
    change.aspects = Structure | (change.critiqueSettings ? Content : 0u);
    notify(change);
    return removal;
}

void Design::restore(Removal removal) {
    DesignChange change;
    change.aspects = Structure;
    for (auto& entry : removal.elements) {
        AnyElement& element = entry.first;
        const std::size_t index = entry.second; // a plain variable: lambdas may capture it
        change.added.push_back(elementIdOf(element));
        std::visit(
            [&](auto&& e) {
                auto& array = arrayOf<std::decay_t<decltype(e)>>(m_data);
                const std::size_t at = std::min(index, array.size());
                array.insert(array.begin() + static_cast<std::ptrdiff_t>(at), std::move(e));
            },
            std::move(element));
    }
    rebuildIds();
    for (AnyElement& before : removal.changedBefore) {
        const auto ref = find(elementIdOf(before));
        if (!ref)
            continue;
        change.modified.push_back(elementIdOf(before));
        std::visit(
            [&](auto&& e) {
                arrayOf<std::decay_t<decltype(e)>>(m_data)[ref->index] = std::move(e);
            },
            std::move(before));
    }
    if (removal.critiqueBefore) {
        m_data.critique = std::move(*removal.critiqueBefore);
        change.critiqueSettings = true;
        change.aspects |= Content;
    }
    notify(change);
}

void Design::replace(AnyElement element) {
    const ElementId id = elementIdOf(element);
    const auto ref = find(id);
    if (!ref || ref->type != elementTypeOf(element))
        throw std::invalid_argument("no element \"" + id + "\" of that type");
    checkReferences(element, ref->index);
    DesignChange change;
    change.modified.push_back(id);
    std::visit(
        [&](auto&& e) {
            using T = std::decay_t<decltype(e)>;
            T& current = arrayOf<T>(m_data)[ref->index];
            // Each aspect is reported only when a field of it changed: compare
            // with that aspect's fields taken from the current value.
            T rest = e;
            if constexpr (std::is_same_v<T, Component> || std::is_same_v<T, Note>) {
                if (current.position != e.position)
                    change.aspects |= Geometry;
                rest.position = current.position;
            } else if constexpr (std::is_same_v<T, Connection>) {
                if (current.from != e.from || current.to != e.to) {
                    change.aspects |= Structure;
                    m_adjacencyValid = false;
                }
                rest.from = current.from;
                rest.to = current.to;
            } else if constexpr (std::is_same_v<T, Group>) {
                if (current.rect != e.rect)
                    change.aspects |= Geometry;
                if (current.members != e.members)
                    change.aspects |= Structure;
                rest.rect = current.rect;
                rest.members = current.members;
            }
            if (!(rest == current))
                change.aspects |= Content;
            current = std::move(e);
        },
        std::move(element));
    notify(change);
}

void Design::move(std::span<const Placement> placements) {
    // Check every placement before changing anything: all or nothing.
    for (const Placement& p : placements) {
        const auto ref = find(p.id);
        if (!ref)
            throw std::invalid_argument("no element \"" + p.id + "\"");
        if (ref->type != ElementType::Component && ref->type != ElementType::Note &&
            ref->type != ElementType::Group)
            throw std::invalid_argument("\"" + p.id + "\" has no position");
    }
    DesignChange change;
    change.aspects = Geometry;
    for (const Placement& p : placements) {
        const auto ref = find(p.id);
        switch (ref->type) {
        case ElementType::Component:
            m_data.components[ref->index].position = p.position;
            break;
        case ElementType::Note:
            m_data.notes[ref->index].position = p.position;
            break;
        case ElementType::Group:
            m_data.groups[ref->index].rect.x = p.position.x;
            m_data.groups[ref->index].rect.y = p.position.y;
            break;
        default:
            throw std::invalid_argument("\"" + p.id + "\" has no position");
        }
        change.modified.push_back(p.id);
    }
    notify(change);
}

void Design::setInfo(DesignInfo info) {
    m_data.info = std::move(info);
    DesignChange change;
    change.designInfo = true;
    change.aspects = Content;
    notify(change);
}

void Design::setCritique(CritiqueSettings settings) {
    refuse(referenceProblems(settings, DesignScope(*this)));
    m_data.critique = std::move(settings);
    DesignChange change;
    change.critiqueSettings = true;
    change.aspects = Content;
    notify(change);
}

} // namespace archboard
