#include "kindchange.h"

#include "model/propdescriptor.h"

namespace archboard {

Component withKind(const Component& component, ComponentKind kind) {
    Component out = component;
    out.kind = kind;
    // A row the new kind does not use goes: `scope` has one row per meaning,
    // so a rate limiter's scope does not become an observability scope.
    for (const PropDescriptor& prop : propDescriptors())
        if (propDescriptor(kind, prop.key) != &prop)
            clearProp(out.props, prop);
    return out;
}

std::vector<const Component*> deadLetterReferrers(const Design& design, const ElementId& id) {
    std::vector<const Component*> out;
    for (const Component& c : design.components())
        if (c.props.deadLetter)
            if (const auto* target = std::get_if<ElementId>(&*c.props.deadLetter);
                target && *target == id)
                out.push_back(&c);
    return out;
}

} // namespace archboard
