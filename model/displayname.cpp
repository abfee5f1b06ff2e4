#include "displayname.h"

#include "design.h"

namespace archboard {

const std::string& displayName(const Component& component) {
    return component.name.empty() ? component.id : component.name;
}

const std::string& displayName(const Group& group) {
    return group.name.empty() ? group.id : group.name;
}

const std::string& componentDisplayName(const Design& design, const ElementId& id) {
    const Component* component = design.component(id);
    return component ? displayName(*component) : id;
}

} // namespace archboard
